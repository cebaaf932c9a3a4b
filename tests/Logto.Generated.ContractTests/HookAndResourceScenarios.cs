using System.Text.Json.Nodes;

namespace Logto.Generated.ContractTests;

/// <summary><c>/api/hooks</c> and <c>/api/resources</c>.</summary>
public class HookAndResourceScenarios : ContractTest
{
    [Test]
    public async Task A_hook_is_created_201_with_a_signing_key()
    {
        var hook = await Target.CreateAsync("/api/hooks", new { name = Unique("hook"), events = new[] { "User.Created" }, config = new { url = "https://example.com/hook" } });
        Assert.That((string?)hook["signingKey"], Is.Not.Null.And.Not.Empty);
        Assert.That((bool?)hook["enabled"], Is.True);
    }

    [Test]
    public async Task A_hook_without_config_is_400_guard_invalid_input()
    {
        var answer = await Target.SendAsync("POST", "/api/hooks", new { name = "x", events = new[] { "User.Created" } });
        Assert.That(answer.Status, Is.EqualTo(400));
        Assert.That(answer.Code, Is.EqualTo("guard.invalid_input"));
    }

    [Test]
    public async Task An_unknown_event_is_400_guard_invalid_input()
    {
        var answer = await Target.SendAsync("POST", "/api/hooks", new { name = "x", events = new[] { "Nope.Happened" }, config = new { url = "https://example.com/hook" } });
        Assert.That(answer.Status, Is.EqualTo(400));
        Assert.That((string?)answer.Body!["data"]!["issues"]![0]!["code"], Is.EqualTo("invalid_enum_value"));
    }

    [Test]
    public async Task Rotating_the_signing_key_changes_it()
    {
        var hook = await Target.CreateAsync("/api/hooks", new { name = Unique("rot"), events = new[] { "User.Created" }, config = new { url = "https://example.com/hook" } });
        var rotated = await Target.SendAsync("PATCH", $"/api/hooks/{hook["id"]}/signing-key");
        Assert.That(rotated.Status, Is.EqualTo(200));
        Assert.That((string?)rotated.Body!["signingKey"], Is.Not.EqualTo((string?)hook["signingKey"]));
    }

    [Test]
    public async Task A_resource_and_its_scope_are_created_and_listed()
    {
        var resource = await Target.CreateAsync("/api/resources", new { name = Unique("api"), indicator = "https://" + Unique("api").ToLowerInvariant() + ".example.com" });
        var scope = await Target.SendAsync("POST", $"/api/resources/{resource["id"]}/scopes", new { name = "read:things", description = "read" });
        var scopes = await Target.SendAsync("GET", $"/api/resources/{resource["id"]}/scopes");
        Assert.That(scope.Status, Is.EqualTo(201));
        Assert.That(scopes.Items.Select(item => (string?)item!["name"]), Is.EqualTo(new[] { "read:things" }));
    }

    [Test]
    public async Task A_token_for_a_custom_resource_carries_its_known_scopes()
    {
        var indicator = "https://" + Unique("tok").ToLowerInvariant() + ".example.com";
        var resource = await Target.CreateAsync("/api/resources", new { name = Unique("tokapi"), indicator });
        await Target.SendAsync("POST", $"/api/resources/{resource["id"]}/scopes", new { name = "read:things", description = "read" });
        using var response = await Target.TokenAsync(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["resource"] = indicator, ["scope"] = "read:things nope" });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That((int)response.StatusCode, Is.EqualTo(200), body.ToJsonString());
    }

    [Test]
    public async Task The_management_api_resource_is_listed()
    {
        var answer = await Target.SendAsync("GET", "/api/resources?page_size=100");
        Assert.That(answer.Items.Select(item => (string?)item!["indicator"]), Does.Contain(LogtoManagementOptions.SelfHostedResource));
    }
}
