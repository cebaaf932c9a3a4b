using System.Text.Json.Nodes;

namespace Logto.Generated.Testing.Tests.Tools;

/// <summary>An application's user consent scopes: organization resource scopes beside the resource scopes.</summary>
public class FakeLogtoConsentScopesTests
{
    [Test]
    public async Task Organization_resource_scopes_are_kept_apart_from_resource_scopes_grouped_by_resource_and_deletable()
    {
        await using var logto = new FakeLogto();
        var resource = (string)logto.Seed.Send("POST", "/api/resources", new JsonObject { ["name"] = "Reports", ["indicator"] = "https://reports.example.com" })!["id"]!;
        var read = (string)logto.Seed.Send("POST", $"/api/resources/{resource}/scopes", new JsonObject { ["name"] = "read:reports" })!["id"]!;
        var manage = (string)logto.Seed.Send("POST", $"/api/resources/{resource}/scopes", new JsonObject { ["name"] = "manage:reports" })!["id"]!;
        var app = logto.Seed.Application("partner", isThirdParty: true);
        logto.Seed.Send("POST", $"/api/applications/{app}/user-consent-scopes", new JsonObject
        {
            ["resourceScopes"] = new JsonArray(read),
            ["organizationResourceScopes"] = new JsonArray(read, manage),
        });

        var consent = logto.Seed.Send("GET", $"/api/applications/{app}/user-consent-scopes")!;
        logto.Seed.Send("DELETE", $"/api/applications/{app}/user-consent-scopes/organization-resource-scopes/{read}");
        var after = logto.Seed.Send("GET", $"/api/applications/{app}/user-consent-scopes")!;

        Assert.That(Names(consent["resourceScopes"]!), Is.EqualTo(new[] { "https://reports.example.com: read:reports" }));
        Assert.That(Names(consent["organizationResourceScopes"]!), Is.EqualTo(new[] { "https://reports.example.com: read:reports", "https://reports.example.com: manage:reports" }));
        Assert.That(consent["organizationResourceScopes"]![0]!["resource"]!["id"]!.GetValue<string>(), Is.EqualTo(resource));
        Assert.That(Names(after["organizationResourceScopes"]!), Is.EqualTo(new[] { "https://reports.example.com: manage:reports" }));
        Assert.That(Names(after["resourceScopes"]!), Is.EqualTo(new[] { "https://reports.example.com: read:reports" }));
        Assert.That(
            () => logto.Seed.Send("POST", $"/api/applications/{app}/user-consent-scopes", new JsonObject { ["organizationResourceScopes"] = new JsonArray("no-such-scope") }),
            Throws.InvalidOperationException.With.Message.Contains("422"));
    }

    private static IEnumerable<string> Names(JsonNode byResource) =>
        byResource.AsArray().SelectMany(group => group!["scopes"]!.AsArray().Select(scope => $"{group["resource"]!["indicator"]}: {scope!["name"]}"));
}
