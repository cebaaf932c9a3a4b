using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Logto.Generated.Testing;
using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.Tests.ThirdPartyApplications;

/// <summary>The exact <c>login_url</c> of each item.</summary>
public class LoginUrlTests
{
    [Test]
    public async Task Matches_the_seed_example_character_for_character()
    {
        using var fake = new FakeLogto();
        var (user, seeded) = SeedTenant(fake);
        var service = ThirdPartyServices.Create(fake, options =>
        {
            options.LoginEndpoint = new Uri("https://tree6d.logto.app");
            options.StateFactory = _ => "random-state-string";
        });

        var application = (await service.GetForUserAsync(user)).Single();

        Assert.That(application.LoginUrl, Is.EqualTo(ExampleLoginUrl(seeded)));
    }

    [TestCase(new string[0], 0, new string[0], "openid")]
    [TestCase(new[] { "profile" }, 2, new string[0], "openid+profile+urn%3Alogto%3Ascope%3Aorganizations")]
    [TestCase(new[] { "urn:logto:scope:organizations", "roles" }, 1, new string[0], "openid+urn%3Alogto%3Ascope%3Aorganizations+roles")]
    [TestCase(new[] { "email" }, 0, new[] { "offline_access", "openid", "email", "urn:acme:read" }, "openid+email+offline_access+urn%3Aacme%3Aread")]
    public async Task Scope_is_openid_then_consent_scopes_then_organizations_then_extras_each_once(
        string[] userScopes, int organizationScopes, string[] extraScopes, string expectedScope)
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        var a = fake.App("a");
        fake.Consent(a, userScopes, organizationScopes);
        var service = ThirdPartyServices.Create(fake, options =>
        {
            foreach (var scope in extraScopes)
            {
                options.ExtraScopes.Add(scope);
            }
        });

        var application = (await service.GetForUserAsync(u1)).Single();

        Assert.That(application.LoginUrl, Is.EqualTo(
            $"https://tenant.logto.app/oidc/auth?client_id={a}&redirect_uri=https%3A%2F%2Fa.example.com%2Fcallback&response_type=code&scope={expectedScope}&state=state-{a}"));
    }

    [Test]
    public async Task Uses_the_first_redirect_uri_form_encoded_and_a_login_endpoint_with_a_path()
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        var a = fake.App("a", ["https://app.example.com/cb?x=1&y=a b", "https://second.example.com/cb"], []);
        var service = ThirdPartyServices.Create(fake, options =>
        {
            options.LoginEndpoint = new Uri("https://auth.example.com/logto/");
            options.StateFactory = _ => "s/t+a te";
        });

        var application = (await service.GetForUserAsync(u1)).Single();

        Assert.That(application.LoginUrl, Is.EqualTo(
            $"https://auth.example.com/logto/oidc/auth?client_id={a}&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb%3Fx%3D1%26y%3Da+b&response_type=code&scope=openid&state=s%2Ft%2Ba+te"));
    }

    [Test]
    public async Task Without_a_redirect_uri_there_is_no_login_url()
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        fake.App("a", [], []);

        var application = (await ThirdPartyServices.Create(fake).GetForUserAsync(u1)).Single();

        Assert.That(application.LoginUrl, Is.Null);
        Assert.That(application.RedirectUris, Is.Empty);
    }

    [Test]
    public async Task The_default_state_is_random_per_item_and_per_call()
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        fake.App("a");
        fake.App("b");
        var service = ThirdPartyServices.Create(fake, options => options.StateFactory = null);

        var states = (await service.GetForUserAsync(u1)).Concat(await service.GetForUserAsync(u1))
            .Select(application => Regex.Match(application.LoginUrl!, "&state=([^&]*)$").Groups[1].Value)
            .ToList();

        Assert.That(states, Has.Count.EqualTo(4).And.Unique);
        Assert.That(states, Has.All.Matches("^[A-Za-z0-9_-]{43}$"), "32 random bytes, base64url without padding");
    }

    [Test]
    public async Task The_state_factory_is_given_the_application_id()
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        var a = fake.App("a");
        var seen = new List<string>();
        var service = ThirdPartyServices.Create(fake, options => options.StateFactory = applicationId =>
        {
            seen.Add(applicationId);
            return "mine";
        });

        var application = (await service.GetForUserAsync(u1)).Single();

        Assert.That(seen, Is.EqualTo(new[] { a }));
        Assert.That(application.LoginUrl, Does.EndWith("&state=mine"));
    }

    [Test]
    public async Task Consented_resource_scopes_are_asked_for_by_name_with_one_resource_per_API()
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        var a = fake.App("a");
        var api = fake.Resource("https://api.example.com", "read:items", "write:items");
        var billing = fake.Resource("https://billing.example.com", "read:invoices");
        fake.Resource("https://unused.example.com", "read:nothing");
        fake.Consent(a, ["profile"], organizationScopeCount: 1, resourceScopes: [api["read:items"], api["write:items"], billing["read:invoices"]]);
        using var service = ThirdPartyServices.Create(fake);

        var application = (await service.GetForUserAsync(u1)).Single();

        Assert.That(application.LoginUrl, Is.EqualTo(
            $"https://tenant.logto.app/oidc/auth?client_id={a}&redirect_uri=https%3A%2F%2Fa.example.com%2Fcallback&response_type=code"
            + $"&scope=openid+profile+urn%3Alogto%3Ascope%3Aorganizations+read%3Aitems+write%3Aitems+read%3Ainvoices&state=state-{a}"
            + "&resource=https%3A%2F%2Fapi.example.com&resource=https%3A%2F%2Fbilling.example.com"));
    }

    [Test]
    public async Task Consented_organization_resource_scopes_are_asked_for_by_name_with_their_resource_and_the_organizations_scope()
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        var a = fake.App("a");
        var api = fake.Resource("https://api.example.com", "read:items", "manage:members");
        var orgApi = fake.Resource("https://org-api.example.com", "read:reports");
        fake.Consent(a, ["profile"], resourceScopes: [api["read:items"]], organizationResourceScopes: [api["read:items"], api["manage:members"], orgApi["read:reports"]]);
        using var service = ThirdPartyServices.Create(fake);

        var application = (await service.GetForUserAsync(u1)).Single();

        Assert.That(application.LoginUrl, Is.EqualTo(
            $"https://tenant.logto.app/oidc/auth?client_id={a}&redirect_uri=https%3A%2F%2Fa.example.com%2Fcallback&response_type=code"
            + $"&scope=openid+profile+urn%3Alogto%3Ascope%3Aorganizations+read%3Aitems+manage%3Amembers+read%3Areports&state=state-{a}"
            + "&resource=https%3A%2F%2Fapi.example.com&resource=https%3A%2F%2Forg-api.example.com"));
    }

    [Test]
    public async Task Organization_resource_scopes_alone_bring_the_organizations_scope()
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        var a = fake.App("a");
        var orgApi = fake.Resource("https://org-api.example.com", "read:reports");
        fake.Consent(a, organizationResourceScopes: [orgApi["read:reports"]]);
        using var service = ThirdPartyServices.Create(fake);

        var application = (await service.GetForUserAsync(u1)).Single();

        Assert.That(application.LoginUrl, Does.Contain("&scope=openid+urn%3Alogto%3Ascope%3Aorganizations+read%3Areports&").And.EndWith("&resource=https%3A%2F%2Forg-api.example.com"));
    }

    /// <summary>
    /// Seeds the seed's example application, open to a new user, and returns both ids. The fake makes its own
    /// application id, so <see cref="ExampleApplication"/> and <see cref="ExampleLoginUrl"/> hold it instead of the example's.
    /// </summary>
    internal static (string User, string Application) SeedTenant(FakeLogto fake)
    {
        var seed = SeedContract.ExampleApplication;
        var user = fake.Seed.User("u1");
        var application = (string)fake.Seed.Send("POST", "/api/applications", new JsonObject
        {
            ["name"] = (string)seed["name"]!,
            ["description"] = (string?)seed["description"],
            ["type"] = "Traditional",
            ["isThirdParty"] = true,
            ["oidcClientMetadata"] = JsonNode.Parse($$"""{"redirectUris":{{seed["redirect_uris"]!.ToString(Newtonsoft.Json.Formatting.None)}},"postLogoutRedirectUris":{{seed["post_logout_redirect_uris"]!.ToString(Newtonsoft.Json.Formatting.None)}}}"""),
        })!["id"]!;
        fake.SignInExperience(application, (string?)seed["branding"]!["display_name"], (string?)seed["branding"]!["logo_url"], (string?)seed["branding"]!["dark_logo_url"]);
        fake.Consent(application, ["profile", "email", "roles"]);
        return (user, application);
    }

    /// <summary>The seed's example application with the fake's id for <paramref name="applicationId"/>.</summary>
    internal static Newtonsoft.Json.Linq.JObject ExampleApplication(string applicationId)
    {
        var example = SeedContract.ExampleApplication;
        example["login_url"] = ExampleLoginUrl(applicationId);
        example["id"] = applicationId;
        return example;
    }

    /// <summary>The seed's example login URL with the fake's id for <paramref name="applicationId"/>.</summary>
    internal static string ExampleLoginUrl(string applicationId)
    {
        var example = SeedContract.ExampleApplication;
        var url = (string)example["login_url"]!;
        return url.Replace("client_id=" + Uri.EscapeDataString((string)example["id"]!) + "&", "client_id=" + applicationId + "&", StringComparison.Ordinal);
    }
}
