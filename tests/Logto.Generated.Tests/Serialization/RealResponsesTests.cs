using System.Collections;
using System.Reflection;
using Logto.Generated.Tests.TestSupport;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Serialization;

/// <summary>
/// Every body a real Logto answered to a GET (fixtures/real-logto/responses, one file per operation) reads into the
/// response type of its operation, keeps every property in a typed property (none falls back to
/// <c>AdditionalProperties</c> because its type is wrong), and is written back as it was read.
/// </summary>
public class RealResponsesTests
{
    private static readonly JsonSerializerSettings Settings = LogtoJson.CreateSettings();

    private static string ResponsesDirectory => Path.Combine(Fixtures.SharedDirectory, "fixtures", "real-logto", "responses");

    public static IEnumerable<string> Operations() =>
        Directory.GetFiles(Path.Combine(Fixtures.RepoRoot, "..", "shared", "fixtures", "real-logto", "responses"), "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)!;

    [Test]
    public void Every_operation_the_index_lists_with_a_body_has_a_file()
    {
        var index = File.ReadAllLines(Path.Combine(ResponsesDirectory, "INDEX.md"));
        var kept = index.Where(l => l.StartsWith("| ", StringComparison.Ordinal) && l.TrimEnd().EndsWith("| 200 |", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries)[1])
            .ToList();

        Assert.That(kept, Has.Count.EqualTo(72));
        Assert.That(Operations(), Is.EquivalentTo(kept));
    }

    [Test]
    public void Every_body_the_index_keeps_in_another_format_has_its_file()
    {
        var index = File.ReadAllLines(Path.Combine(ResponsesDirectory, "INDEX.md"));
        var keptAs = index.Where(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains("| 200 (", StringComparison.Ordinal) && l.Contains("kept as `", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf("kept as `", StringComparison.Ordinal) + 9)..].Split('`')[0])
            .ToList();

        Assert.That(keptAs, Is.EqualTo(new[] { "ListSamlApplicationMetadata.xml" }));
        Assert.That(keptAs.Select(f => Path.Combine(ResponsesDirectory, f)), Has.All.Matches<string>(File.Exists));
    }

    [Test]
    public async Task The_saml_metadata_is_returned_as_the_xml_text_the_server_sent()
    {
        var xml = File.ReadAllText(Path.Combine(ResponsesDirectory, "ListSamlApplicationMetadata.xml"));
        using var logto = new MockLogto();
        logto.Handler.Expect(HttpMethod.Get, MockLogto.Endpoint + "api/saml-applications/app-1/metadata")
            .Respond(_ => new HttpResponseMessage(System.Net.HttpStatusCode.OK)
            {
                Content = new StringContent(xml, System.Text.Encoding.UTF8, new System.Net.Http.Headers.MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" }),
            });

        var metadata = await logto.Client.SamlApplications.ListSamlApplicationMetadataAsync("app-1");

        logto.Handler.VerifyNoOutstandingExpectation();
        Assert.That(metadata, Is.EqualTo(xml));
        Assert.That(System.Xml.Linq.XDocument.Parse(metadata).Root!.Name.LocalName, Is.EqualTo("EntityDescriptor"));
    }

    [Test]
    public void The_saml_secrets_read_their_expiry_in_epoch_milliseconds_as_the_instant_it_means()
    {
        var items = JsonConvert.DeserializeObject<List<ListSamlApplicationSecretsResponseItem>>(Read("ListSamlApplicationSecrets"), Settings)!;

        Assert.That(items[0].ExpiresAt, Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1891109470154)));
        Assert.That(items[0].CreatedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1796415070289)));
        Assert.That(items[0].AdditionalProperties, Is.Empty);
    }

    [TestCaseSource(nameof(Operations))]
    public void The_real_response_reads_into_the_operation_type_and_writes_back_as_it_was(string operationId)
    {
        var json = File.ReadAllText(Path.Combine(ResponsesDirectory, operationId + ".json"));
        var type = ResponseType(operationId);

        var model = JsonConvert.DeserializeObject(json, type, Settings);

        Assert.That(Demoted(model, "$"), Is.Empty, $"properties of {type.Name} that fell back to AdditionalProperties");
        Assert.That(CanonicalJson.Of(JsonConvert.SerializeObject(model, Settings)), Is.EqualTo(CanonicalJson.Of(json)), $"{type.Name} written back");
    }

    [Test]
    public void The_sign_in_experience_reads_its_username_policy_as_an_object()
    {
        var json = File.ReadAllText(Path.Combine(ResponsesDirectory, "GetSignInExp.json"));

        var experience = JsonConvert.DeserializeObject<SignInExperience>(json, Settings)!;

        Assert.That((bool?)experience.UsernamePolicy["caseSensitive"], Is.Not.Null);
        Assert.That(experience.AdditionalProperties, Is.Empty);
    }

    [Test]
    public async Task The_sign_in_experience_calls_read_the_real_server_bodies()
    {
        using var logto = new MockLogto();
        logto.Handler.Expect(HttpMethod.Get, MockLogto.Endpoint + "api/sign-in-exp").Respond("application/json", Read("GetSignInExp"));
        logto.Handler.Expect(HttpMethod.Get, MockLogto.Endpoint + "api/.well-known/experience").Respond("application/json", Read("GetWellKnownExperience"));
        logto.Handler.Expect(HttpMethod.Get, MockLogto.Endpoint + "api/.well-known/sign-in-exp").Respond("application/json", Read("GetSignInExperienceConfig"));

        var experience = await logto.Client.SignInExperience.GetSignInExpAsync();
        var wellKnown = await logto.Public.WellKnown.GetWellKnownExperienceAsync();
#pragma warning disable CS0612 // deprecated upstream, still served
        var config = await logto.Public.WellKnown.GetSignInExperienceConfigAsync();
#pragma warning restore CS0612

        logto.Handler.VerifyNoOutstandingExpectation();
        Assert.That(new[] { experience.UsernamePolicy, wellKnown.UsernamePolicy, config.UsernamePolicy }.Select(p => p?.ContainsKey("caseSensitive")), Has.All.True);
    }

    private static string Read(string operationId) => File.ReadAllText(Path.Combine(ResponsesDirectory, operationId + ".json"));

    /// <summary>The type a generated client method returns for the operation (the items for a paged list).</summary>
    private static Type ResponseType(string operationId)
    {
        var method = typeof(LogtoManagementClient).Assembly.GetExportedTypes()
            .Where(t => t.IsInterface && t.Name.EndsWith("Client", StringComparison.Ordinal))
            .Select(t => t.GetMethod(operationId + "Async"))
            .Single(m => m is not null)!;
        if (method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(LogtoPageable<>))
        {
            // A paged list: the body of one page is the items' array, or the operation's response object holding it.
            return method.DeclaringType!.Assembly.GetType($"Logto.Generated.{operationId}Response")
                ?? typeof(List<>).MakeGenericType(method.ReturnType.GetGenericArguments()[0]);
        }

        var result = method.ReturnType.GetGenericArguments()[0];
        return result.IsGenericType && result.GetGenericTypeDefinition() == typeof(LogtoResponse<>) ? result.GetGenericArguments()[0] : result;
    }

    /// <summary>Every place where a model keeps, in its AdditionalProperties, a name it declares as a typed property.</summary>
    internal static IEnumerable<string> Demoted(object? value, string path)
    {
        switch (value)
        {
            case null or string or JToken:
                yield break;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    foreach (var found in Demoted(entry.Value, $"{path}.{entry.Key}"))
                    {
                        yield return found;
                    }
                }

                yield break;
            case IEnumerable items:
                var i = 0;
                foreach (var item in items)
                {
                    foreach (var found in Demoted(item, $"{path}[{i++}]"))
                    {
                        yield return found;
                    }
                }

                yield break;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsValueType)
        {
            yield break;
        }

        var declared = type.GetProperties()
            .Select(p => (Property: p, Json: p.GetCustomAttribute<JsonPropertyAttribute>()))
            .Where(p => p.Json?.PropertyName is not null)
            .ToList();
        if (type.GetProperty("AdditionalProperties")?.GetValue(value) is IDictionary<string, object> extra)
        {
            foreach (var name in extra.Keys.Where(k => declared.Any(d => d.Json!.PropertyName == k)))
            {
                yield return $"{path}.{name}";
            }
        }

        foreach (var (property, json) in declared)
        {
            foreach (var found in Demoted(property.GetValue(value), $"{path}.{json!.PropertyName}"))
            {
                yield return found;
            }
        }
    }
}
