using System.Net;
using System.Text;
using Logto.Generated.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.AspNetCore.Tests.Serialization;

/// <summary>
/// Models returned from and accepted by a minimal API (System.Text.Json) on the test server, registered with
/// <c>ConfigureHttpJsonOptions(o =&gt; o.SerializerOptions.AddLogto())</c>: the JSON written is Logto's own.
/// </summary>
public sealed class SystemTextJsonMinimalApiTests
{
    /// <summary>Logto's GetUser response, with values in <c>customData</c> and <c>profile</c> (the fixture has them empty).</summary>
    private static readonly string UserJson = WithValues(Fixtures.RealLogto("responses/GetUser.json"));

    private static readonly string ApplicationJson = Fixtures.RealLogto("responses/GetApplication.json");

    [Test]
    public async Task A_user_is_written_as_Logto_sent_it()
    {
        await using var app = await StartAsync(addLogto: true);

        var body = await GetAsync(app, "/users/g1740zgry7ao");

        Assert.That(CanonicalJson.Of(body), Is.EqualTo(CanonicalJson.Of(UserJson)));
        Assert.That(body, Does.Contain("\"createdAt\":1795697095831"));
        Assert.That(body, Does.Not.Contain("additionalProperties").IgnoreCase);
    }

    [Test]
    public async Task An_application_is_written_as_Logto_sent_it()
    {
        await using var app = await StartAsync(addLogto: true);

        var body = await GetAsync(app, "/applications/jf4l0p4os0zdb3wlqzrm1");

        Assert.That(CanonicalJson.Of(body), Is.EqualTo(CanonicalJson.Of(ApplicationJson)));
    }

    [Test]
    public async Task A_list_of_models_is_written_element_by_element()
    {
        await using var app = await StartAsync(addLogto: true);

        var body = await GetAsync(app, "/users");

        Assert.That(CanonicalJson.Of(body), Is.EqualTo(CanonicalJson.Of("[" + UserJson + "," + UserJson + "]")));
    }

    [Test]
    public async Task Without_AddLogto_System_Text_Json_loses_the_wire_shape()
    {
        // What a new user meets: the check above would fail without the converter.
        await using var app = await StartAsync(addLogto: false);

        var body = await GetAsync(app, "/users/g1740zgry7ao");

        Assert.That(CanonicalJson.Of(body), Is.Not.EqualTo(CanonicalJson.Of(UserJson)));
        Assert.That(body, Does.Contain("additionalProperties"));
    }

    [Test]
    public async Task An_update_request_keeps_absent_null_and_set_properties_apart()
    {
        await using var app = await StartAsync(addLogto: true);
        const string sent = """{"name":null,"username":"alice","customData":{"plan":"pro","seats":[1,2]},"unknownField":{"kept":true}}""";

        var resent = await PostAsync(app, "/users/g1740zgry7ao", sent);

        // What the Logto client would send on: the same properties, the null included, nothing added.
        Assert.That(CanonicalJson.Of(resent), Is.EqualTo(CanonicalJson.Of(sent)));
        var parsed = JObject.Parse(resent);
        Assert.That(parsed.ContainsKey("primaryEmail"), Is.False, "an absent property must stay unset");
        Assert.That(parsed["name"]!.Type, Is.EqualTo(JTokenType.Null), "an explicit null must stay set to null");
    }

    [Test]
    public async Task An_empty_update_request_stays_empty()
    {
        await using var app = await StartAsync(addLogto: true);

        var resent = await PostAsync(app, "/users/g1740zgry7ao", "{}");

        Assert.That(resent, Is.EqualTo("{}"));
    }

    [Test]
    public async Task A_body_that_is_not_an_object_is_a_bad_request()
    {
        await using var app = await StartAsync(addLogto: true);

        using var response = await app.Client.PostAsync("/users/g1740zgry7ao", new StringContent("[1,2]", Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public void AddLogto_needs_options_and_adds_its_converter_once()
    {
        var options = new System.Text.Json.JsonSerializerOptions();

        Assert.That(options.AddLogto().AddLogto(), Is.SameAs(options));
        Assert.That(options.Converters, Has.Count.EqualTo(1));
        Assert.That(() => LogtoSystemTextJsonExtensions.AddLogto(null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("options"));
    }

    [Test]
    public void JToken_values_of_a_caller_type_keep_their_JSON()
    {
        var options = new System.Text.Json.JsonSerializerOptions().AddLogto();
        var value = new Holder { Data = JObject.Parse("""{"plan":"pro","seats":[1,2],"at":"2026-01-01T00:00:00Z"}""") };

        var json = System.Text.Json.JsonSerializer.Serialize(value, options);
        var read = System.Text.Json.JsonSerializer.Deserialize<Holder>(json, options)!;

        Assert.That(json, Is.EqualTo("""{"Data":{"plan":"pro","seats":[1,2],"at":"2026-01-01T00:00:00Z"}}"""));
        // Read back without turning the timestamp string into a date.
        Assert.That(read.Data!.ToString(Formatting.None), Is.EqualTo("""{"plan":"pro","seats":[1,2],"at":"2026-01-01T00:00:00Z"}"""));
        Assert.That(read.Data["at"]!.Type, Is.EqualTo(JTokenType.String));
    }

    [Test]
    public void Open_enums_of_a_caller_type_keep_unknown_values_and_read_null_leniently()
    {
        var options = new System.Text.Json.JsonSerializerOptions().AddLogto();

        var unknown = System.Text.Json.JsonSerializer.Deserialize<EnumHolder>("""{"Type":"Quantum","Maybe":null}""", options)!;
        var missing = System.Text.Json.JsonSerializer.Deserialize<EnumHolder>("""{"Type":null}""", options)!;

        Assert.That(unknown.Type.Value, Is.EqualTo("Quantum"));
        Assert.That(unknown.Maybe, Is.Null);
        Assert.That(System.Text.Json.JsonSerializer.Serialize(unknown, options), Is.EqualTo("""{"Type":"Quantum","Maybe":null}"""));
        Assert.That(missing.Type.Value, Is.EqualTo(string.Empty));
    }

    public sealed class EnumHolder
    {
        public ApplicationType Type { get; set; }

        public ApplicationType? Maybe { get; set; }
    }

    public sealed class Holder
    {
        public JToken? Data { get; set; }
    }

    private static string WithValues(string userJson)
    {
        var user = JObject.Parse(userJson);
        user["customData"] = JObject.Parse("""{"plan":"pro","seats":[1,2],"nested":{"on":true,"ratio":0.5},"none":null}""");
        user["profile"] = JObject.Parse("""{"nickname":"Al","address":{"country":"NO"}}""");
        return user.ToString(Formatting.None);
    }

    private static User ReadUser() => JsonConvert.DeserializeObject<User>(UserJson, LogtoJson.CreateSettings())!;

    private static async Task<string> GetAsync(TestApp app, string path)
    {
        using var response = await app.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return body;
    }

    private static async Task<string> PostAsync(TestApp app, string path, string json)
    {
        using var response = await app.Client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return body;
    }

    private static async Task<TestApp> StartAsync(bool addLogto)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        if (addLogto)
        {
            builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.AddLogto());
        }

        var app = builder.Build();
        app.MapGet("/users/{id}", (string id) => ReadUser());
        app.MapGet("/users", () => new List<User> { ReadUser(), ReadUser() });
        app.MapGet("/applications/{id}", (string id) => JsonConvert.DeserializeObject<Application>(ApplicationJson, LogtoJson.CreateSettings()));
        // Sends the request on as the Logto client would: with the clients' Newtonsoft settings.
        app.MapPost("/users/{id}", (string id, UpdateUserRequest body) =>
            Results.Text(JsonConvert.SerializeObject(body, LogtoJson.CreateSettings()), "application/json"));
        await app.StartAsync();
        return new TestApp(app);
    }

    private sealed class TestApp(WebApplication app) : IAsyncDisposable
    {
        public HttpClient Client { get; } = app.GetTestClient();

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await app.DisposeAsync();
        }
    }
}
