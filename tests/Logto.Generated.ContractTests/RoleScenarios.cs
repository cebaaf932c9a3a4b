using System.Text.Json.Nodes;

namespace Logto.Generated.ContractTests;

/// <summary><c>/api/roles</c> and user role assignments.</summary>
public class RoleScenarios : ContractTest
{
    private async Task<JsonObject> RoleAsync() => await Target.CreateAsync("/api/roles", new { name = Unique("role"), description = "contract role", type = "User" });

    private async Task<JsonObject> UserAsync() => await Target.CreateAsync("/api/users", new { username = Unique("ru") });

    [Test]
    public async Task A_role_is_created_with_Logtos_fields()
    {
        var role = await RoleAsync();
        Assert.That((string?)role["type"], Is.EqualTo("User"));
        Assert.That((bool?)role["isDefault"], Is.False);
        Assert.That((string?)role["description"], Is.EqualTo("contract role"));
    }

    [Test]
    public async Task A_duplicate_role_name_is_422_role_name_in_use()
    {
        var role = await RoleAsync();
        var answer = await Target.SendAsync("POST", "/api/roles", new { name = (string)role["name"]!, description = "again", type = "User" });
        Assert.That(answer.Status, Is.EqualTo(422));
        Assert.That(answer.Code, Is.EqualTo("role.name_in_use"));
    }

    [Test]
    public async Task A_role_without_description_is_400_guard_invalid_input()
    {
        var answer = await Target.SendAsync("POST", "/api/roles", new { name = Unique("nodesc") });
        Assert.That(answer.Status, Is.EqualTo(400));
        Assert.That(answer.Code, Is.EqualTo("guard.invalid_input"));
        Assert.That((string?)answer.Body!["data"]!["issues"]![0]!["path"]![0], Is.EqualTo("description"));
    }

    [Test]
    public async Task Assigning_a_role_is_201_with_the_added_ids_and_again_201_with_none()
    {
        var role = await RoleAsync();
        var user = await UserAsync();
        var first = await Target.SendAsync("POST", $"/api/users/{user["id"]}/roles", new { roleIds = new[] { (string)role["id"]! } });
        var again = await Target.SendAsync("POST", $"/api/users/{user["id"]}/roles", new { roleIds = new[] { (string)role["id"]! } });
        Assert.That(first.Status, Is.EqualTo(201));
        Assert.That(first.Body!["addedRoleIds"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That(again.Status, Is.EqualTo(201));
        Assert.That(again.Body!["addedRoleIds"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Assigning_an_unknown_role_is_404_entity_not_exists_with_id()
    {
        var user = await UserAsync();
        var answer = await Target.SendAsync("POST", $"/api/users/{user["id"]}/roles", new { roleIds = new[] { "nope" } });
        Assert.That(answer.Status, Is.EqualTo(404));
        Assert.That(answer.Code, Is.EqualTo("entity.not_exists_with_id"));
    }

    [Test]
    public async Task The_assigned_role_is_listed_both_ways()
    {
        var role = await RoleAsync();
        var user = await UserAsync();
        await Target.SendAsync("POST", $"/api/users/{user["id"]}/roles", new { roleIds = new[] { (string)role["id"]! } });
        var userRoles = await Target.SendAsync("GET", $"/api/users/{user["id"]}/roles?page=1&page_size=20");
        var roleUsers = await Target.SendAsync("GET", $"/api/roles/{role["id"]}/users");
        Assert.That(userRoles.Items.Select(item => (string?)item!["id"]), Is.EqualTo(new[] { (string?)role["id"] }));
        Assert.That(roleUsers.Items.Select(item => (string?)item!["id"]), Is.EqualTo(new[] { (string?)user["id"] }));
        Assert.That(userRoles.Header("Total-Number"), Is.EqualTo("1"));
    }

    [Test]
    public async Task Removing_a_role_is_204_then_404_entity_not_found()
    {
        var role = await RoleAsync();
        var user = await UserAsync();
        await Target.SendAsync("POST", $"/api/users/{user["id"]}/roles", new { roleIds = new[] { (string)role["id"]! } });
        var removed = await Target.SendAsync("DELETE", $"/api/users/{user["id"]}/roles/{role["id"]}");
        var again = await Target.SendAsync("DELETE", $"/api/users/{user["id"]}/roles/{role["id"]}");
        Assert.That(removed.Status, Is.EqualTo(204));
        Assert.That(again.Status, Is.EqualTo(404));
        Assert.That(again.Code, Is.EqualTo("entity.not_found"));
    }

    [Test]
    public async Task The_typed_client_reads_a_role()
    {
        var role = await RoleAsync();
        var read = await Target.Client.Roles.GetRoleAsync((string)role["id"]!);
        Assert.That(read.Name, Is.EqualTo((string?)role["name"]));
    }

    [Test]
    public async Task An_unknown_role_is_404()
    {
        var answer = await Target.SendAsync("GET", "/api/roles/does-not-exist");
        Assert.That(answer.Status, Is.EqualTo(404));
    }
}
