using System.Text.Json.Nodes;
using Logto.Generated.Testing;
using Logto.Generated.Tests.TestSupport;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.Tests.ThirdPartyApplications;

/// <summary>The JSON of an item, with either serializer, against the seed's example.</summary>
public class ItemJsonTests
{
    private static readonly System.Text.Json.JsonSerializerOptions StjDefaults = new();

    private static IEnumerable<TestCaseData> Serializers()
    {
        yield return new TestCaseData((Func<ThirdPartyApplication, string>)(item => JsonConvert.SerializeObject(item))).SetName("Newtonsoft.Json");
        yield return new TestCaseData((Func<ThirdPartyApplication, string>)(item => System.Text.Json.JsonSerializer.Serialize(item, StjDefaults))).SetName("System.Text.Json");
    }

    [TestCaseSource(nameof(Serializers))]
    public async Task Equals_the_seed_example_property_for_property_in_its_order(Func<ThirdPartyApplication, string> serialize)
    {
        using var fake = new FakeLogto();
        var (user, seeded) = LoginUrlTests.SeedTenant(fake);
        var service = ThirdPartyServices.Create(fake, options =>
        {
            options.LoginEndpoint = new Uri("https://tree6d.logto.app/");
            options.StateFactory = _ => "random-state-string";
        });
        var item = (await service.GetForUserAsync(user)).Single();

        var json = JObject.Parse(serialize(item));

        var expected = LoginUrlTests.ExampleApplication(seeded);
        Assert.That(JToken.DeepEquals(json, expected), Is.True, $"expected {expected.ToString(Formatting.None)}\nactual   {json.ToString(Formatting.None)}");
        Assert.That(Names(json), Is.EqualTo(Names(expected)));
        Assert.That(Names((JObject)json["branding"]!), Is.EqualTo(Names((JObject)expected["branding"]!)));
    }

    [TestCaseSource(nameof(Serializers))]
    public void Writes_missing_values_as_null_and_keeps_every_key(Func<ThirdPartyApplication, string> serialize)
    {
        var item = new ThirdPartyApplication("a", "a.example.com", null, [], [], null, new ThirdPartyApplicationBranding("a.example.com", null, null));

        var json = serialize(item);

        Assert.That(json, Is.EqualTo(
            """{"id":"a","name":"a.example.com","description":null,"redirect_uris":[],"post_logout_redirect_uris":[],"login_url":null,"branding":{"display_name":"a.example.com","logo_url":null,"dark_logo_url":null}}"""));
    }

    [Test]
    public async Task Branding_comes_from_the_sign_in_experience()
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        fake.SignInExperience(fake.App("a"), "Acme Console", "https://cdn.example.com/a.png");

        var branding = (await ThirdPartyServices.Create(fake).GetForUserAsync(u1)).Single().Branding;

        Assert.That((branding.DisplayName, branding.LogoUrl, branding.DarkLogoUrl), Is.EqualTo(("Acme Console", "https://cdn.example.com/a.png", (string?)null)));
    }

    [Test]
    public async Task Branding_falls_back_to_the_application_name()
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        fake.SignInExperience(fake.App("no-display-name"), null, "https://cdn.example.com/b.png", "https://cdn.example.com/b-dark.png");
        var neverSet = fake.App("never-set");

        var items = await ThirdPartyServices.Create(fake).GetForUserAsync(u1);

        Assert.That(
            fake.Requests.Where(request => request.Path == $"/api/applications/{neverSet}/sign-in-experience").Select(request => (request.Method, request.Status)),
            Is.EqualTo(new[] { ("GET", 404) }),
            "answered 404: never set");
        Assert.That(items.Select(item => (item.Branding.DisplayName, item.Branding.LogoUrl, item.Branding.DarkLogoUrl)), Is.EqualTo(new[]
        {
            ("never-set.example.com", (string?)null, (string?)null),
            ("no-display-name.example.com", "https://cdn.example.com/b.png", "https://cdn.example.com/b-dark.png"),
        }));
    }

    [Test]
    public async Task Copies_the_application_fields_and_keeps_a_null_description()
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        var a = fake.App("a", ["https://a.example.com/1", "https://a.example.com/2"], ["https://a.example.com/bye"]);
        fake.Seed.Send("PATCH", $"/api/applications/{a}", new JsonObject { ["description"] = null });

        var item = (await ThirdPartyServices.Create(fake).GetForUserAsync(u1)).Single();

        Assert.That(item.Id, Is.EqualTo(a));
        Assert.That(item.Name, Is.EqualTo("a.example.com"));
        Assert.That(item.Description, Is.Null);
        Assert.That(item.RedirectUris, Is.EqualTo(new[] { "https://a.example.com/1", "https://a.example.com/2" }));
        Assert.That(item.PostLogoutRedirectUris, Is.EqualTo(new[] { "https://a.example.com/bye" }));
    }

    private static IEnumerable<string> Names(JObject value) => value.Properties().Select(property => property.Name);
}
