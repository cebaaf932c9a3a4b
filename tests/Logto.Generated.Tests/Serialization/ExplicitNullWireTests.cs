using System.Net;
using System.Text;
using Logto.Generated.Tests.TestSupport;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Serialization;

/// <summary>
/// Logto leaves an absent property unchanged and clears one sent as <c>null</c> (fixtures/real-logto/patch-*.json):
/// a body carries exactly the properties that were set, null included.
/// </summary>
public class ExplicitNullWireTests
{
    [Test]
    public async Task Setting_a_user_property_to_null_sends_null_to_clear_it()
    {
        using var logto = new MockLogto();
        var body = Capture(logto, HttpMethod.Patch, "api/users/u1", Fixtures.RealLogto("patch-user-clear-fields.json"));

        var user = await logto.Client.Users.UpdateUserAsync("u1", new UpdateUserRequest { PrimaryEmail = null, Name = null });

        Assert.That(body(), Is.EqualTo("""{"primaryEmail":null,"name":null}"""));
        Assert.That((user.PrimaryEmail, user.Name, user.Username), Is.EqualTo(((string?)null, (string?)null, "nullcheck7005")));
    }

    [Test]
    public async Task Clearing_only_the_primary_email_sends_only_it()
    {
        using var logto = new MockLogto();
        var body = Capture(logto, HttpMethod.Patch, "api/users/u1", Fixtures.RealLogto("patch-user-clear-fields.json"));

        await logto.Client.Users.UpdateUserAsync("u1", new UpdateUserRequest { PrimaryEmail = null });

        Assert.That(body(), Is.EqualTo("""{"primaryEmail":null}"""));
    }

    [Test]
    public async Task A_property_never_set_is_not_sent()
    {
        using var logto = new MockLogto();
        var body = Capture(logto, HttpMethod.Patch, "api/users/u1", Fixtures.RealLogto("patch-user-clear-fields.json"));

        await logto.Client.Users.UpdateUserAsync("u1", new UpdateUserRequest { Name = "x" });

        Assert.That(body(), Is.EqualTo("""{"name":"x"}"""));
    }

    [Test]
    public async Task Setting_an_application_description_to_null_sends_null()
    {
        using var logto = new MockLogto();
        var body = Capture(logto, HttpMethod.Patch, "api/applications/app1", Fixtures.RealLogto("patch-application-clear-description.json"));

        var application = await logto.Client.Applications.UpdateApplicationAsync("app1", new UpdateApplicationRequest { Description = null });

        Assert.That(body(), Is.EqualTo("""{"description":null}"""));
        Assert.That((application.Name, application.Description), Is.EqualTo(("nullcheck", (string?)null)));
    }

    [Test]
    public async Task An_organization_patch_clears_its_custom_css()
    {
        using var logto = new MockLogto();
        var body = Capture(logto, HttpMethod.Patch, "api/organizations/org1", Fixtures.RealLogto("responses/GetOrganization.json"));

        var organization = await logto.Client.Organizations.UpdateOrganizationAsync("org1", new UpdateOrganizationRequest { CustomCss = null });

        Assert.That(body(), Is.EqualTo("""{"customCss":null}"""));
        Assert.That(organization.CustomCss, Is.Null);
    }

    [Test]
    public async Task A_response_model_sent_back_unchanged_writes_what_it_read()
    {
        var json = Fixtures.RealLogto("responses/GetApplicationAccessControl.json");
        using var logto = new MockLogto();
        logto.Handler.Expect(HttpMethod.Get, MockLogto.Endpoint + "api/applications/app1/access-control").Respond("application/json", json);
        var body = Capture(logto, HttpMethod.Put, "api/applications/app1/access-control", json);

        var rules = await logto.Client.Applications.GetApplicationAccessControlAsync("app1");
        await logto.Client.Applications.ReplaceApplicationAccessControlAsync("app1", rules);

        Assert.That(CanonicalJson.Of(body()), Is.EqualTo(CanonicalJson.Of(json)));
    }

    [Test]
    public void A_model_read_without_its_required_collections_does_not_gain_them_when_written_back()
    {
        const string Json = """{"userIds":["u1"]}""";

        var rules = JsonConvert.DeserializeObject<ApplicationAccessControl>(Json, LogtoJson.CreateSettings())!;

        Assert.That(rules.OrganizationIds, Is.Empty, "reading stays lenient");
        Assert.That(JsonConvert.SerializeObject(rules, LogtoJson.CreateSettings()), Is.EqualTo(Json));
    }

    [Test]
    public void A_new_body_always_sends_its_required_properties()
    {
        var json = JsonConvert.SerializeObject(new ApplicationAccessControl { UserIds = ["u1"] }, LogtoJson.CreateSettings());

        Assert.That(json, Is.EqualTo("""{"userIds":["u1"],"userRoleIds":[],"organizationIds":[],"organizationRoleRules":[]}"""));
    }

    /// <summary>Answers one request with a body and returns the text of the body it was sent.</summary>
    private static Func<string?> Capture(MockLogto logto, HttpMethod method, string path, string response)
    {
        string? sent = null;
        logto.Handler.Expect(method, MockLogto.Endpoint + path).Respond(async request =>
        {
            sent = await request.Content!.ReadAsStringAsync();
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(response, Encoding.UTF8, "application/json") };
        });
        return () =>
        {
            logto.Handler.VerifyNoOutstandingExpectation();
            return sent;
        };
    }
}
