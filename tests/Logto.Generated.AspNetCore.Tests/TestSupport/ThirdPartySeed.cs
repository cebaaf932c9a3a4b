using System.Text.Json.Nodes;
using Logto.Generated.Testing;

namespace Logto.Generated.AspNetCore.Tests.TestSupport;

/// <summary>Third-party applications put in a <see cref="FakeLogto"/> through its Management API routes.</summary>
internal static class ThirdPartySeed
{
    /// <summary>
    /// A third-party Traditional application <c>{name}.example.com</c> with the redirect URI
    /// <c>https://{name}.example.com/callback</c> and the post-logout redirect URI <c>https://{name}.example.com</c>.
    /// </summary>
    /// <returns>Its id.</returns>
    public static string Application(FakeLogto logto, string name, string? description = null) =>
        Application(logto, name + ".example.com", description, [$"https://{name}.example.com/callback"], [$"https://{name}.example.com"]);

    /// <summary>A third-party Traditional application with exactly these fields.</summary>
    /// <returns>Its id.</returns>
    public static string Application(FakeLogto logto, string name, string? description, string[] redirectUris, string[] postLogoutRedirectUris) =>
        (string)logto.Seed.Send("POST", "/api/applications", new JsonObject
        {
            ["name"] = name,
            ["description"] = description,
            ["type"] = "Traditional",
            ["isThirdParty"] = true,
            ["oidcClientMetadata"] = new JsonObject
            {
                ["redirectUris"] = new JsonArray(redirectUris.Select(uri => (JsonNode)uri).ToArray()),
                ["postLogoutRedirectUris"] = new JsonArray(postLogoutRedirectUris.Select(uri => (JsonNode)uri).ToArray()),
            },
        })!["id"]!;
}
