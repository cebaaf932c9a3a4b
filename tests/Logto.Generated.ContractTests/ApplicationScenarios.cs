using System.Text.Json.Nodes;

namespace Logto.Generated.ContractTests;

/// <summary><c>/api/applications</c>: types, third party, filters, access control, sign-in experience, consent scopes, secrets.</summary>
public class ApplicationScenarios : ContractTest
{
    private async Task<JsonObject> ApplicationAsync(string type = "Traditional", bool isThirdParty = false) =>
        await Target.CreateAsync("/api/applications", new
        {
            name = Unique("app"),
            type,
            isThirdParty,
            oidcClientMetadata = new { redirectUris = new[] { "https://app.example.com/cb" }, postLogoutRedirectUris = Array.Empty<string>() },
        });

    [Test]
    public async Task An_application_is_created_without_a_secret_key()
    {
        var application = await ApplicationAsync("SPA");
        Assert.That(application.ContainsKey("secret"), Is.False);
        Assert.That((bool?)application["appLevelAccessControlEnabled"], Is.False);
        Assert.That((string?)application["type"], Is.EqualTo("SPA"));
    }

    [Test]
    public async Task A_bad_type_is_400_guard_invalid_input()
    {
        var answer = await Target.SendAsync("POST", "/api/applications", new { name = "x", type = "Nope" });
        Assert.That(answer.Status, Is.EqualTo(400));
        Assert.That(answer.Code, Is.EqualTo("guard.invalid_input"));
        Assert.That((string?)answer.Body!["data"]!["issues"]![0]!["code"], Is.EqualTo("invalid_enum_value"));
    }

    [Test]
    public async Task No_type_is_400_guard_invalid_input()
    {
        var answer = await Target.SendAsync("POST", "/api/applications", new { name = "x" });
        Assert.That(answer.Status, Is.EqualTo(400));
        Assert.That(answer.Code, Is.EqualTo("guard.invalid_input"));
    }

    [Test]
    public async Task Get_adds_isAdmin()
    {
        var application = await ApplicationAsync();
        var answer = await Target.SendAsync("GET", "/api/applications/" + application["id"]);
        Assert.That((bool?)answer.Body!["isAdmin"], Is.False);
    }

    [Test]
    public async Task An_unknown_application_is_404_entity_not_exists_with_id()
    {
        var answer = await Target.SendAsync("GET", "/api/applications/does-not-exist");
        Assert.That(answer.Status, Is.EqualTo(404));
        Assert.That(answer.Code, Is.EqualTo("entity.not_exists_with_id"));
    }

    [Test]
    public async Task The_types_filter_takes_one_or_several_values()
    {
        var spa = await ApplicationAsync("SPA");
        await ApplicationAsync("Traditional");
        var one = await Target.SendAsync("GET", "/api/applications?types=SPA&page_size=100");
        var two = await Target.SendAsync("GET", "/api/applications?types=SPA&types=Native&page_size=100");
        Assert.That(one.Items.Select(item => (string?)item!["type"]), Has.All.EqualTo("SPA"));
        Assert.That(one.Items.Select(item => (string?)item!["id"]), Does.Contain((string?)spa["id"]));
        Assert.That(two.Items.Select(item => (string?)item!["type"]), Has.All.EqualTo("SPA").Or.EqualTo("Native"));
    }

    [Test]
    public async Task A_bad_types_value_is_400_guard_invalid_input()
    {
        var answer = await Target.SendAsync("GET", "/api/applications?types=Nope");
        Assert.That(answer.Status, Is.EqualTo(400));
        Assert.That(answer.Code, Is.EqualTo("guard.invalid_input"));
    }

    [Test]
    public async Task IsThirdParty_true_lists_only_third_party_applications()
    {
        var third = await ApplicationAsync(isThirdParty: true);
        var listed = new List<Application>();
        await foreach (var application in Target.Client.Applications.ListApplicationsAsync(new ListApplicationsOptions { IsThirdParty = true }))
        {
            listed.Add(application);
        }

        Assert.That(listed.Select(application => application.IsThirdParty), Has.All.True);
        Assert.That(listed.Select(application => application.Id), Does.Contain((string?)third["id"]));
    }

    [Test]
    public async Task Access_control_is_empty_by_default()
    {
        var application = await ApplicationAsync(isThirdParty: true);
        var answer = await Target.SendAsync("GET", $"/api/applications/{application["id"]}/access-control");
        Assert.That(answer.Body!.ToJsonString(), Is.EqualTo("""{"userIds":[],"userRoleIds":[],"organizationIds":[],"organizationRoleRules":[]}"""));
    }

    [Test]
    public async Task Enabling_access_control_without_a_rule_is_422()
    {
        var application = await ApplicationAsync(isThirdParty: true);
        var answer = await Target.SendAsync("PATCH", "/api/applications/" + application["id"], new { appLevelAccessControlEnabled = true });
        Assert.That(answer.Status, Is.EqualTo(422));
        Assert.That(answer.Code, Is.EqualTo("request.invalid_input"));
    }

    [Test]
    public async Task Access_control_with_a_rule_can_be_enabled()
    {
        var application = await ApplicationAsync(isThirdParty: true);
        var user = await Target.CreateAsync("/api/users", new { username = Unique("acl") });
        var put = await Target.SendAsync("PUT", $"/api/applications/{application["id"]}/access-control",
            new { userIds = new[] { (string)user["id"]! }, userRoleIds = Array.Empty<string>(), organizationIds = Array.Empty<string>(), organizationRoleRules = Array.Empty<object>() });
        var enabled = await Target.SendAsync("PATCH", "/api/applications/" + application["id"], new { appLevelAccessControlEnabled = true });
        Assert.That(put.Status, Is.EqualTo(200));
        Assert.That(enabled.Status, Is.EqualTo(200));
        Assert.That((bool?)enabled.Body!["appLevelAccessControlEnabled"], Is.True);
    }

    [Test]
    public async Task The_sign_in_experience_is_404_until_put_201_then_200()
    {
        var application = await ApplicationAsync(isThirdParty: true);
        var path = $"/api/applications/{application["id"]}/sign-in-experience";
        var none = await Target.SendAsync("GET", path);
        var created = await Target.SendAsync("PUT", path, new { displayName = "Contract App", branding = new { logoUrl = "https://cdn.example.com/l.png" } });
        var replaced = await Target.SendAsync("PUT", path, new { displayName = "Contract App 2" });
        Assert.That(none.Status, Is.EqualTo(404));
        Assert.That(none.Code, Is.EqualTo("entity.not_exists_with_id"));
        Assert.That(created.Status, Is.EqualTo(201));
        Assert.That((string?)created.Body!["branding"]!["logoUrl"], Is.EqualTo("https://cdn.example.com/l.png"));
        Assert.That(replaced.Status, Is.EqualTo(200));
    }

    [Test]
    public async Task User_consent_scopes_have_four_lists()
    {
        var application = await ApplicationAsync(isThirdParty: true);
        var answer = await Target.SendAsync("GET", $"/api/applications/{application["id"]}/user-consent-scopes");
        Assert.That(answer.Body!.AsObject().Select(pair => pair.Key), Is.EquivalentTo(new[] { "organizationScopes", "resourceScopes", "organizationResourceScopes", "userScopes" }));
    }

    [Test]
    public async Task Patch_null_clears_the_description()
    {
        var application = await ApplicationAsync();
        await Target.SendAsync("PATCH", "/api/applications/" + application["id"], new { description = "set" });
        var answer = await Target.SendAsync("PATCH", "/api/applications/" + application["id"], new JsonObject { ["description"] = null });
        Assert.That(answer.Body!["description"], Is.Null);
    }

    [Test]
    public async Task A_traditional_application_has_a_default_secret()
    {
        var application = await ApplicationAsync();
        var answer = await Target.SendAsync("GET", $"/api/applications/{application["id"]}/secrets");
        Assert.That(answer.Items, Is.Not.Empty);
        Assert.That((string?)answer.Items[0]!["value"], Is.Not.Null.And.Not.Empty);
    }

    [Test]
    public async Task Deleting_is_204_then_404_entity_not_exists_with_id()
    {
        var answer = await Target.SendAsync("POST", "/api/applications", new { name = Unique("del"), type = "SPA" });
        var deleted = await Target.SendAsync("DELETE", "/api/applications/" + answer.Body!["id"]);
        var again = await Target.SendAsync("DELETE", "/api/applications/" + answer.Body!["id"]);
        Assert.That(deleted.Status, Is.EqualTo(204));
        Assert.That(again.Status, Is.EqualTo(404));
        Assert.That(again.Code, Is.EqualTo("entity.not_exists_with_id"));
    }
}
