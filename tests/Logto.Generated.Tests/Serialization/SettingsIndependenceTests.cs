using Logto.Generated.Tests.TestSupport;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Serialization;

/// <summary>
/// A request model read from JSON sends what was read, nested objects included, whatever settings it was read with:
/// Newtonsoft's defaults (which fill an existing nested object in place instead of setting the property) or
/// <see cref="LogtoJson"/>'s. Every operation that takes a JSON body is called with a model read from a sample that
/// fills every property of its schema.
/// </summary>
public class SettingsIndependenceTests
{
    private static IEnumerable<TestCaseData> BodyOperations() =>
        NormalizedSpec.Operations
            .Where(o => o.JsonRequestSchema is not null && !o.HasMultipartBody)
            .SelectMany(o => new[] { "default", "LogtoJson" }.Select(settings => new TestCaseData(o, settings).SetName($"{o.Tag}.{o.OperationId}({settings})")));

    [Test]
    public void Every_JSON_body_operation_is_covered()
    {
        Assert.That(BodyOperations().Count(), Is.GreaterThan(150));
    }

    [Test]
    public async Task The_issue_example_read_with_default_settings_sends_its_config()
    {
        const string json = "{\"name\":\"h\",\"events\":[\"User.Created\"],\"config\":{\"url\":\"https://example.com/h\"}}";
        var request = JsonConvert.DeserializeObject<CreateHookRequest>(json)!;
        using var logto = new MockLogto();
        string? sent = null;
        logto.Handler.Expect(HttpMethod.Post, MockLogto.Endpoint + "api/hooks").Respond(async r =>
        {
            sent = await r.Content!.ReadAsStringAsync();
            return new HttpResponseMessage(System.Net.HttpStatusCode.Created) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
        });

        await logto.Client.Hooks.CreateHookAsync(request);

        Assert.That(CanonicalJson.Of(sent), Is.EqualTo(CanonicalJson.Of(json)));
    }

    [TestCaseSource(nameof(BodyOperations))]
    public void A_body_read_from_JSON_sends_what_was_read(SpecOperation operation, string settings)
    {
        var call = OperationCall.Bind(operation);
        var json = call.BodyJson!.ToString(Formatting.None);
        call.Arguments[call.BodyIndex] = settings == "default"
            ? JsonConvert.DeserializeObject(json, call.BodyType!)
            : JsonConvert.DeserializeObject(json, call.BodyType!, LogtoJson.CreateSettings());
        using var logto = new MockLogto();
        string? sent = null;
        logto.Handler.Fallback.Respond(async request =>
        {
            sent = await request.Content!.ReadAsStringAsync();
            return new HttpResponseMessage(System.Net.HttpStatusCode.InternalServerError);
        });

        var returned = call.Method.Invoke(call.Client(logto), call.Arguments.ToArray())!;
        var task = call.IsList ? (Task)returned.GetType().GetMethod("GetPageAsync")!.Invoke(returned, [1, CancellationToken.None])! : (Task)returned;
        Assert.ThrowsAsync<LogtoApiException>(() => task);

        Assert.That(sent, Is.Not.Null, "a request was sent");
        JsonAssert.AreEquivalent(call.ExpectedBody!, JToken.Parse(sent!), "the body sent");
    }
}
