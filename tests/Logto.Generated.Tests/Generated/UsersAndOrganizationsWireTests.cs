using System.Net;
using System.Text;
using Logto.Generated.Tests.TestSupport;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Generated;

/// <summary>Hand-written wire checks with exact bodies and real server payloads, beside the every-operation test.</summary>
public class UsersAndOrganizationsWireTests
{
    [Test]
    public async Task CreateApplication_posts_exactly_the_fields_set_and_reads_the_application()
    {
        using var logto = new MockLogto();
        logto.Handler.Expect(HttpMethod.Post, MockLogto.Endpoint + "api/applications")
            .WithHeaders("Accept", "application/json")
            .WithContent("""{"name":"Portal","type":"Traditional","oidcClientMetadata":{"redirectUris":["https://portal.example.com/callback"],"postLogoutRedirectUris":[]},"isThirdParty":true}""")
            .Respond("application/json", Fixtures.RealLogto("get-application.json"));

        var created = await logto.Client.Applications.CreateApplicationAsync(new CreateApplicationRequest
        {
            Name = "Portal",
            Type = ApplicationType.Traditional,
            OidcClientMetadata = new OidcClientMetadata { RedirectUris = ["https://portal.example.com/callback"], PostLogoutRedirectUris = [] },
            IsThirdParty = true,
        });

        logto.Handler.VerifyNoOutstandingExpectation();
        Assert.That(created.Id, Is.EqualTo("05e7ztm5jv7dvaf9h3p4q"));
        Assert.That(created.Type, Is.EqualTo(ApplicationType.SPA));
    }

    [Test]
    public async Task GetUser_sends_its_flags_and_reads_the_real_user()
    {
        using var logto = new MockLogto();
        logto.Handler.Expect(HttpMethod.Get, MockLogto.Endpoint + "api/users/k6qydeg7t6ep")
            .WithExactQueryString("includeSsoIdentities=true")
            .Respond("application/json", Fixtures.RealLogto("get-user.json"));

        var user = await logto.Client.Users.GetUserAsync("k6qydeg7t6ep", new GetUserOptions { IncludeSsoIdentities = true });

        logto.Handler.VerifyNoOutstandingExpectation();
        Assert.That(user.Username, Is.EqualTo("bench_user_93"));
        Assert.That(user.PrimaryPhone, Is.Null);
        Assert.That(user.Profile.Address!.Locality, Is.EqualTo("Springfield"));
        Assert.That(user.CustomData["seats"]!.ToString(), Is.EqualTo("93"));
    }

    [Test]
    public async Task UpdateUser_patches_only_the_fields_set()
    {
        using var logto = new MockLogto();
        logto.Handler.Expect(HttpMethod.Patch, MockLogto.Endpoint + "api/users/u1")
            .WithContent("""{"name":"New Name","customData":{"plan":"team"}}""")
            .Respond("application/json", Fixtures.RealLogto("get-user.json"));

        await logto.Client.Users.UpdateUserAsync("u1", new UpdateUserRequest
        {
            Name = "New Name",
            CustomData = new Dictionary<string, Newtonsoft.Json.Linq.JToken> { ["plan"] = "team" },
        });

        logto.Handler.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task ListUserOrganizations_reads_the_organization_roles()
    {
        using var logto = new MockLogto();
        logto.Handler.Expect(HttpMethod.Get, MockLogto.Endpoint + "api/users/u1/organizations")
            .Respond("application/json", Fixtures.RealLogto("list-user-organizations.json"));

        var organizations = await logto.Client.Users.ListUserOrganizationsAsync("u1");

        var organization = organizations.Single();
        Assert.That(organization.OrganizationRoles.Select(r => r.Name), Is.Not.Empty);
        Assert.That(organization.Id, Is.Not.Empty);
    }

    [Test]
    public async Task A_Logto_error_becomes_a_LogtoApiException_with_code_message_and_request_id()
    {
        using var logto = new MockLogto();
        logto.Handler.Expect(HttpMethod.Get, MockLogto.Endpoint + "api/users/doesnotexist")
            .Respond(_ => new HttpResponseMessage(HttpStatusCode.NotFound)
            {
                Content = new StringContent(Fixtures.RealLogto("error-not-found.json"), Encoding.UTF8, "application/json"),
                Headers = { { "Logto-Core-Request-Id", "req-42" } },
            });

        var error = Assert.ThrowsAsync<LogtoApiException>(() => logto.Client.Users.GetUserAsync("doesnotexist"));

        Assert.That(error!.StatusCode, Is.EqualTo(404));
        Assert.That(error.IsNotFound, Is.True);
        Assert.That(error.Code, Is.EqualTo("entity.not_found"));
        Assert.That(error.ErrorMessage, Is.EqualTo("The resource does not exist."));
        Assert.That(error.RequestId, Is.EqualTo("req-42"));
        Assert.That(error.Message, Is.EqualTo("Logto API request failed with HTTP 404 (entity.not_found): The resource does not exist. (request id req-42)"));
    }
}
