using System.Text.Json.Nodes;

namespace Logto.Generated.ContractTests;

/// <summary><c>/api/organizations</c>, members, organization roles and member roles.</summary>
public class OrganizationScenarios : ContractTest
{
    private async Task<JsonObject> OrganizationAsync() => await Target.CreateAsync("/api/organizations", new { name = Unique("org"), description = "contract org" });

    private async Task<JsonObject> UserAsync() => await Target.CreateAsync("/api/users", new { username = Unique("ou") });

    private async Task<JsonObject> OrganizationRoleAsync() => await Target.CreateAsync("/api/organization-roles", new { name = Unique("orgrole") });

    [Test]
    public async Task An_organization_is_created_201_with_Logtos_fields()
    {
        var answer = await Target.SendAsync("POST", "/api/organizations", new { name = Unique("org201") });
        Target.CleanUp("/api/organizations/" + answer.Body!["id"]);
        Assert.That(answer.Status, Is.EqualTo(201));
        Assert.That(answer.Body!.AsObject().Select(pair => pair.Key), Is.SupersetOf(new[] { "id", "name", "description", "customData", "isMfaRequired", "color", "branding", "customCss", "createdAt" }));
    }

    [Test]
    public async Task An_organization_without_name_is_400_guard_invalid_input()
    {
        var answer = await Target.SendAsync("POST", "/api/organizations", new { description = "x" });
        Assert.That(answer.Status, Is.EqualTo(400));
        Assert.That(answer.Code, Is.EqualTo("guard.invalid_input"));
    }

    [Test]
    public async Task Patch_null_clears_the_description()
    {
        var organization = await OrganizationAsync();
        var answer = await Target.SendAsync("PATCH", "/api/organizations/" + organization["id"], new JsonObject { ["description"] = null });
        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Body!["description"], Is.Null);
        Assert.That((string?)answer.Body!["name"], Is.EqualTo((string?)organization["name"]));
    }

    [Test]
    public async Task Adding_a_member_is_201_and_again_201()
    {
        var organization = await OrganizationAsync();
        var user = await UserAsync();
        var first = await Target.SendAsync("POST", $"/api/organizations/{organization["id"]}/users", new { userIds = new[] { (string)user["id"]! } });
        var again = await Target.SendAsync("POST", $"/api/organizations/{organization["id"]}/users", new { userIds = new[] { (string)user["id"]! } });
        Assert.That(first.Status, Is.EqualTo(201));
        Assert.That(again.Status, Is.EqualTo(201));
    }

    [Test]
    public async Task Adding_an_unknown_user_is_422_relation_foreign_key_not_found()
    {
        var organization = await OrganizationAsync();
        var answer = await Target.SendAsync("POST", $"/api/organizations/{organization["id"]}/users", new { userIds = new[] { "nope" } });
        Assert.That(answer.Status, Is.EqualTo(422));
        Assert.That(answer.Code, Is.EqualTo("entity.relation_foreign_key_not_found"));
    }

    [Test]
    public async Task A_duplicate_organization_role_is_422_unique_integrity_violation()
    {
        var role = await OrganizationRoleAsync();
        var answer = await Target.SendAsync("POST", "/api/organization-roles", new { name = (string)role["name"]! });
        Assert.That(answer.Status, Is.EqualTo(422));
        Assert.That(answer.Code, Is.EqualTo("entity.unique_integrity_violation"));
    }

    [Test]
    public async Task Member_roles_replace_204_assign_again_201_and_list()
    {
        var organization = await OrganizationAsync();
        var user = await UserAsync();
        var role = await OrganizationRoleAsync();
        var path = $"/api/organizations/{organization["id"]}/users/{user["id"]}/roles";
        await Target.SendAsync("POST", $"/api/organizations/{organization["id"]}/users", new { userIds = new[] { (string)user["id"]! } });
        var replaced = await Target.SendAsync("PUT", path, new { organizationRoleIds = new[] { (string)role["id"]! } });
        var again = await Target.SendAsync("POST", path, new { organizationRoleIds = new[] { (string)role["id"]! } });
        var listed = await Target.SendAsync("GET", path);
        Assert.That(replaced.Status, Is.EqualTo(204));
        Assert.That(again.Status, Is.EqualTo(201));
        Assert.That(listed.Items.Select(item => (string?)item!["id"]), Is.EqualTo(new[] { (string?)role["id"] }));
    }

    [Test]
    public async Task A_users_organizations_carry_their_organization_roles()
    {
        var organization = await OrganizationAsync();
        var user = await UserAsync();
        var role = await OrganizationRoleAsync();
        await Target.SendAsync("POST", $"/api/organizations/{organization["id"]}/users", new { userIds = new[] { (string)user["id"]! } });
        await Target.SendAsync("PUT", $"/api/organizations/{organization["id"]}/users/{user["id"]}/roles", new { organizationRoleIds = new[] { (string)role["id"]! } });

        var organizations = await Target.Client.Users.ListUserOrganizationsAsync((string)user["id"]!);

        var only = organizations.Single();
        Assert.That(only.Id, Is.EqualTo((string?)organization["id"]));
        Assert.That(only.OrganizationRoles.Select(held => held.Name), Is.EqualTo(new[] { (string?)role["name"] }));
    }

    [Test]
    public async Task Members_are_listed_with_Total_Number()
    {
        var organization = await OrganizationAsync();
        var user = await UserAsync();
        await Target.SendAsync("POST", $"/api/organizations/{organization["id"]}/users", new { userIds = new[] { (string)user["id"]! } });
        var answer = await Target.SendAsync("GET", $"/api/organizations/{organization["id"]}/users?page=1&page_size=20");
        Assert.That(answer.Items.Select(item => (string?)item!["id"]), Is.EqualTo(new[] { (string?)user["id"] }));
        Assert.That(answer.Header("Total-Number"), Is.EqualTo("1"));
    }

    [Test]
    public async Task The_members_of_an_unknown_organization_are_200_empty()
    {
        var answer = await Target.SendAsync("GET", "/api/organizations/does-not-exist/users");
        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Items, Is.Empty);
    }

    [Test]
    public async Task Removing_a_member_is_204_then_404_entity_not_found()
    {
        var organization = await OrganizationAsync();
        var user = await UserAsync();
        await Target.SendAsync("POST", $"/api/organizations/{organization["id"]}/users", new { userIds = new[] { (string)user["id"]! } });
        var removed = await Target.SendAsync("DELETE", $"/api/organizations/{organization["id"]}/users/{user["id"]}");
        var again = await Target.SendAsync("DELETE", $"/api/organizations/{organization["id"]}/users/{user["id"]}");
        Assert.That(removed.Status, Is.EqualTo(204));
        Assert.That(again.Status, Is.EqualTo(404));
        Assert.That(again.Code, Is.EqualTo("entity.not_found"));
    }
}
