using System.Text.Json.Nodes;

namespace Logto.Generated.ContractTests;

/// <summary><c>/api/users</c>: create, duplicates, validation, PATCH semantics, custom data, suspension.</summary>
public class UserScenarios : ContractTest
{
    private async Task<JsonObject> UserAsync(object? extra = null)
    {
        var body = new JsonObject { ["username"] = Unique("u") };
        foreach (var pair in extra is null ? [] : JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(extra))!.AsObject().ToList())
        {
            body[pair.Key] = pair.Value?.DeepClone();
        }

        return await Target.CreateAsync("/api/users", body);
    }

    [Test]
    public async Task Created_through_the_client_and_read_back()
    {
        var username = Unique("typed");
        var created = await Target.Client.Users.CreateUserAsync(new CreateUserRequest { Username = username, PrimaryEmail = username + "@example.com" });
        Target.CleanUp("/api/users/" + created.Id);

        var read = await Target.Client.Users.GetUserAsync(created.Id);

        Assert.That(read.Username, Is.EqualTo(username));
        Assert.That(read.PrimaryEmail, Is.EqualTo(username + "@example.com"));
        Assert.That(read.IsSuspended, Is.False);
    }

    [Test]
    public async Task A_new_user_has_Logtos_fields()
    {
        var user = await UserAsync(new { name = "Ada" });
        Assert.That(user.Select(pair => pair.Key), Is.SupersetOf(new[] { "id", "username", "primaryEmail", "primaryPhone", "name", "avatar", "customData", "identities", "lastSignInAt", "createdAt", "updatedAt", "profile", "applicationId", "isSuspended", "hasPassword" }));
        Assert.That((string?)user["name"], Is.EqualTo("Ada"));
        Assert.That(user["customData"]!.AsObject(), Is.Empty);
    }

    [Test]
    public async Task An_empty_body_creates_a_user()
    {
        var user = await Target.CreateAsync("/api/users", new JsonObject());
        Assert.That(user["username"], Is.Null);
    }

    [Test]
    public async Task Unknown_properties_are_ignored_on_create()
    {
        var user = await UserAsync(new { favouriteColour = "teal" });
        Assert.That(user.ContainsKey("favouriteColour"), Is.False);
    }

    [Test]
    public async Task A_duplicate_username_is_422_username_already_in_use()
    {
        var user = await UserAsync();
        var answer = await Target.SendAsync("POST", "/api/users", new { username = (string)user["username"]! });
        Assert.That(answer.Status, Is.EqualTo(422));
        Assert.That(answer.Code, Is.EqualTo("user.username_already_in_use"));
    }

    [Test]
    public async Task A_duplicate_email_is_422_email_already_in_use()
    {
        var email = Unique("mail") + "@example.com";
        await UserAsync(new { primaryEmail = email });
        var answer = await Target.SendAsync("POST", "/api/users", new { username = Unique("other"), primaryEmail = email });
        Assert.That(answer.Status, Is.EqualTo(422));
        Assert.That(answer.Code, Is.EqualTo("user.email_already_in_use"));
    }

    [Test]
    public async Task The_typed_client_throws_LogtoException_with_the_code_on_a_duplicate()
    {
        var user = await UserAsync();
        var error = Assert.CatchAsync<LogtoException>(() => Target.Client.Users.CreateUserAsync(new CreateUserRequest { Username = (string)user["username"]! }));
        Assert.That(error!.StatusCode, Is.EqualTo(422));
        Assert.That(error.Code, Is.EqualTo("user.username_already_in_use"));
        Assert.That(error.RequestId, Is.Not.Null.And.Not.Empty);
    }

    [Test]
    public async Task An_invalid_username_is_400_guard_invalid_input_naming_the_path()
    {
        var answer = await Target.SendAsync("POST", "/api/users", new { username = "1-bad name!" });
        Assert.That(answer.Status, Is.EqualTo(400));
        Assert.That(answer.Code, Is.EqualTo("guard.invalid_input"));
        Assert.That((string?)answer.Body!["data"]!["issues"]![0]!["path"]![0], Is.EqualTo("username"));
        Assert.That((string?)answer.Body!["details"], Does.Contain("username"));
    }

    [Test]
    public async Task An_invalid_email_is_400_guard_invalid_input()
    {
        var answer = await Target.SendAsync("POST", "/api/users", new { primaryEmail = "not-an-email" });
        Assert.That(answer.Status, Is.EqualTo(400));
        Assert.That(answer.Code, Is.EqualTo("guard.invalid_input"));
    }

    [Test]
    public async Task An_unknown_user_is_404_entity_not_found()
    {
        var answer = await Target.SendAsync("GET", "/api/users/does-not-exist");
        Assert.That(answer.Status, Is.EqualTo(404));
        Assert.That(answer.Code, Is.EqualTo("entity.not_found"));
    }

    [Test]
    public async Task Patch_null_clears_and_absent_leaves_unchanged()
    {
        var user = await UserAsync(new { name = "Before", primaryEmail = Unique("keep") + "@example.com" });
        var answer = await Target.SendAsync("PATCH", "/api/users/" + user["id"], new JsonObject { ["name"] = null, ["avatar"] = "https://cdn.example.com/a.png" });
        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Body!["name"], Is.Null);
        Assert.That((string?)answer.Body!["avatar"], Is.EqualTo("https://cdn.example.com/a.png"));
        Assert.That((string?)answer.Body!["primaryEmail"], Is.EqualTo((string?)user["primaryEmail"]));
    }

    [Test]
    public async Task A_patch_of_only_unknown_properties_is_422_entity_invalid_input()
    {
        var user = await UserAsync();
        var answer = await Target.SendAsync("PATCH", "/api/users/" + user["id"], new { favouriteColour = "teal" });
        Assert.That(answer.Status, Is.EqualTo(422));
        Assert.That(answer.Code, Is.EqualTo("entity.invalid_input"));
    }

    [Test]
    public async Task An_empty_patch_is_422_entity_invalid_input()
    {
        var user = await UserAsync();
        var answer = await Target.SendAsync("PATCH", "/api/users/" + user["id"], new JsonObject());
        Assert.That(answer.Status, Is.EqualTo(422));
        Assert.That(answer.Code, Is.EqualTo("entity.invalid_input"));
    }

    [Test]
    public async Task Custom_data_patch_merges_at_the_top_level()
    {
        var user = await UserAsync();
        await Target.SendAsync("PATCH", $"/api/users/{user["id"]}/custom-data", new { customData = new { a = 1 } });
        var answer = await Target.SendAsync("PATCH", $"/api/users/{user["id"]}/custom-data", new { customData = new { b = 2 } });
        Assert.That(answer.Body!.ToJsonString(), Is.EqualTo("""{"a":1,"b":2}"""));
    }

    [Test]
    public async Task Custom_data_in_the_main_patch_replaces_the_object()
    {
        var user = await UserAsync(new { customData = new { a = 1 } });
        await Target.SendAsync("PATCH", "/api/users/" + user["id"], new { customData = new { c = 3 } });
        var answer = await Target.SendAsync("GET", $"/api/users/{user["id"]}/custom-data");
        Assert.That(answer.Body!.ToJsonString(), Is.EqualTo("""{"c":3}"""));
    }

    [Test]
    public async Task Suspending_and_unsuspending()
    {
        var user = await UserAsync();
        var suspended = await Target.SendAsync("PATCH", $"/api/users/{user["id"]}/is-suspended", new { isSuspended = true });
        var unsuspended = await Target.SendAsync("PATCH", $"/api/users/{user["id"]}/is-suspended", new { isSuspended = false });
        Assert.That((bool?)suspended.Body!["isSuspended"], Is.True);
        Assert.That((bool?)unsuspended.Body!["isSuspended"], Is.False);
    }

    [Test]
    public async Task Deleting_a_user_is_204_then_404()
    {
        var user = await Target.SendAsync("POST", "/api/users", new { username = Unique("gone") });
        var deleted = await Target.SendAsync("DELETE", "/api/users/" + user.Body!["id"]);
        var again = await Target.SendAsync("GET", "/api/users/" + user.Body!["id"]);
        Assert.That(deleted.Status, Is.EqualTo(204));
        Assert.That(again.Status, Is.EqualTo(404));
    }

    [Test]
    public async Task Every_answer_carries_a_request_id()
    {
        var answer = await Target.SendAsync("GET", "/api/users/does-not-exist");
        Assert.That(answer.Header("Logto-Core-Request-Id"), Is.Not.Null.And.Not.Empty);
    }
}
