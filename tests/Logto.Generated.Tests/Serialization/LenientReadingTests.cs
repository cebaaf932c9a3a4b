using Logto.Generated.Tests.TestSupport;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.Tests.Serialization;

/// <summary>A server that adds, omits or nulls fields, or sends an enum value this client has never seen, never crashes reading.</summary>
public class LenientReadingTests
{
    private static readonly JsonSerializerSettings Settings = LogtoJson.CreateSettings();

    [TestCase("get-application.json", typeof(ApplicationDetails))]
    [TestCase("get-user.json", typeof(User))]
    [TestCase("list-users-100.json", typeof(List<User>))]
    [TestCase("list-applications-100.json", typeof(List<Application>))]
    [TestCase("list-user-organizations.json", typeof(List<OrganizationWithRoles>))]
    [TestCase("list-organizations.json", typeof(List<OrganizationWithFeaturedUsers>))]
    public void Real_server_bodies_read_and_write_back_unchanged(string fixture, Type type)
    {
        var json = Fixtures.RealLogto(fixture);

        var model = JsonConvert.DeserializeObject(json, type, Settings);

        JsonAssert.AreEquivalent(JToken.Parse(json), JToken.FromObject(model!, JsonSerializer.Create(Settings)), fixture);
    }

    [Test]
    public void The_real_application_reads_into_typed_properties()
    {
        var application = JsonConvert.DeserializeObject<ApplicationDetails>(Fixtures.RealLogto("get-application.json"), Settings)!;

        Assert.That(application.Type, Is.EqualTo(ApplicationType.SPA));
        Assert.That(application.OidcClientMetadata.RedirectUris, Is.EqualTo(new[] { "https://app93.example.com/callback", "com.example.app93://callback" }));
        Assert.That(application.ProtectedAppMetadata, Is.Null);
        Assert.That(application.CustomData["team"]!.Value<string>(), Is.EqualTo("team-2"));
        Assert.That(application.AppLevelAccessControlEnabled, Is.False);
    }

    [Test]
    public void Missing_required_properties_and_nulls_in_non_nullable_ones_do_not_throw()
    {
        var application = JsonConvert.DeserializeObject<Application>("""{"id": "app", "isThirdParty": null, "createdAt": null, "name": null}""", Settings)!;

        Assert.That(application.Id, Is.EqualTo("app"));
        Assert.That(application.IsThirdParty, Is.False);
        Assert.That(application.Name, Is.Null);
    }

    [Test]
    public void Unknown_properties_are_kept_and_written_back()
    {
        var json = JObject.Parse(Fixtures.RealLogto("get-application.json"));
        json["brandNew"] = JObject.Parse("""{"nested": [1, 2]}""");

        var application = json.ToObject<ApplicationDetails>(JsonSerializer.Create(Settings))!;

        Assert.That(((JToken)application.AdditionalProperties["brandNew"])["nested"]![1]!.Value<int>(), Is.EqualTo(2));
        JsonAssert.AreEquivalent(json, JToken.FromObject(application, JsonSerializer.Create(Settings)), "the application written back");
    }

    [Test]
    public void An_unknown_enum_value_survives_a_round_trip()
    {
        var json = JObject.Parse(Fixtures.RealLogto("get-application.json"));
        json["type"] = "QuantumApp";

        var application = json.ToObject<ApplicationDetails>(JsonSerializer.Create(Settings))!;

        Assert.That(application.Type.Value, Is.EqualTo("QuantumApp"));
        Assert.That(application.Type.IsKnown, Is.False);
        Assert.That(application.Type, Is.Not.EqualTo(ApplicationType.SPA));
        JsonAssert.AreEquivalent(json, JToken.FromObject(application, JsonSerializer.Create(Settings)), "the application written back");
    }

    [Test]
    public void Enum_values_that_differ_only_by_case_are_distinct_members_and_both_round_trip()
    {
        var type = typeof(LogtoManagementClient).Assembly.GetExportedTypes()
            .First(t => t.IsValueType && t.GetProperty("Email") is not null && t.GetProperty("EmailCapitalized") is not null);
        var lower = type.GetProperty("Email")!.GetValue(null)!;
        var capitalized = type.GetProperty("EmailCapitalized")!.GetValue(null)!;

        Assert.That(lower, Is.Not.EqualTo(capitalized));
        Assert.That(JsonConvert.SerializeObject(lower, Settings), Is.EqualTo("\"email\""));
        Assert.That(JsonConvert.SerializeObject(capitalized, Settings), Is.EqualTo("\"Email\""));
        Assert.That(JsonConvert.DeserializeObject("\"Email\"", type, Settings), Is.EqualTo(capitalized));
        Assert.That(JsonConvert.DeserializeObject("\"email\"", type, Settings), Is.EqualTo(lower));
    }

    [Test]
    public void A_nullable_enum_reads_null_as_null_and_an_unset_enum_is_not_written()
    {
        var role = JsonConvert.DeserializeObject<CreateRoleRequest>("""{"name": "r", "type": null}""", Settings)!;

        Assert.That(role.Type, Is.Null);
        Assert.That(JsonConvert.SerializeObject(role, Settings), Is.EqualTo("""{"name":"r","type":null}"""), "what was read is written back");
        Assert.That(JsonConvert.SerializeObject(new CreateRoleRequest { Name = "r", Description = "d" }, Settings), Is.EqualTo("""{"name":"r","description":"d"}"""));
    }
}
