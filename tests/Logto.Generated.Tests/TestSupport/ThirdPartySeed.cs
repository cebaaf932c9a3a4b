using System.Text.Json.Nodes;
using Logto.Generated.Testing;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>
/// Seeds third-party applications and their details on a <see cref="FakeLogto"/> through its Management API. An
/// application <c>a</c> is named <c>a.example.com</c>, described as <c>The a application</c>, and redirects to
/// <c>https://a.example.com/callback</c> (after logout to <c>https://a.example.com</c>).
/// </summary>
internal static class ThirdPartySeed
{
    /// <summary>Creates the third-party application <paramref name="name"/> and returns its id.</summary>
    public static string App(this FakeLogto fake, string name, string[]? redirectUris = null, string[]? postLogoutRedirectUris = null) =>
        (string)fake.Seed.Send("POST", "/api/applications", new JsonObject
        {
            ["name"] = name + ".example.com",
            ["description"] = $"The {name} application",
            ["type"] = "Traditional",
            ["isThirdParty"] = true,
            ["oidcClientMetadata"] = new JsonObject
            {
                ["redirectUris"] = Array(redirectUris ?? ["https://" + name + ".example.com/callback"]),
                ["postLogoutRedirectUris"] = Array(postLogoutRedirectUris ?? ["https://" + name + ".example.com"]),
            },
        })!["id"]!;

    /// <summary>Replaces the application's access-control rules without turning access control on.</summary>
    public static void Rules(
        this FakeLogto fake, string applicationId, string[]? userIds = null, string[]? userRoleIds = null, string[]? organizationIds = null, params (string OrganizationId, string[] RoleIds)[] organizationRoleRules) =>
        fake.Seed.Send("PUT", $"/api/applications/{applicationId}/access-control", new JsonObject
        {
            ["userIds"] = Array(userIds ?? []),
            ["userRoleIds"] = Array(userRoleIds ?? []),
            ["organizationIds"] = Array(organizationIds ?? []),
            ["organizationRoleRules"] = new JsonArray(organizationRoleRules.Select(rule => (JsonNode)new JsonObject
            {
                ["organizationId"] = rule.OrganizationId,
                ["organizationRoleIds"] = Array(rule.RoleIds),
            }).ToArray()),
        });

    /// <summary>Sets these rules and turns access control on (Logto refuses that without a rule).</summary>
    public static void Gate(
        this FakeLogto fake, string applicationId, string[]? userIds = null, string[]? userRoleIds = null, string[]? organizationIds = null, params (string OrganizationId, string[] RoleIds)[] organizationRoleRules)
    {
        fake.Rules(applicationId, userIds, userRoleIds, organizationIds, organizationRoleRules);
        fake.Seed.Send("PATCH", $"/api/applications/{applicationId}", new JsonObject { ["appLevelAccessControlEnabled"] = true });
    }

    /// <summary>Creates or replaces the application's sign-in experience.</summary>
    public static void SignInExperience(this FakeLogto fake, string applicationId, string? displayName, string? logoUrl = null, string? darkLogoUrl = null)
    {
        var branding = new JsonObject();
        if (logoUrl is not null)
        {
            branding["logoUrl"] = logoUrl;
        }

        if (darkLogoUrl is not null)
        {
            branding["darkLogoUrl"] = darkLogoUrl;
        }

        fake.Seed.Send("PUT", $"/api/applications/{applicationId}/sign-in-experience", new JsonObject { ["displayName"] = displayName, ["branding"] = branding });
    }

    /// <summary>Creates the API resource <paramref name="indicator"/> with these scopes and returns the scope ids by name.</summary>
    public static Dictionary<string, string> Resource(this FakeLogto fake, string indicator, params string[] scopeNames)
    {
        var resourceId = (string)fake.Seed.Send("POST", "/api/resources", new JsonObject { ["name"] = "API " + indicator, ["indicator"] = indicator })!["id"]!;
        return scopeNames.ToDictionary(
            name => name,
            name => (string)fake.Seed.Send("POST", $"/api/resources/{resourceId}/scopes", new JsonObject { ["name"] = name })!["id"]!);
    }

    /// <summary>
    /// Adds user consent scopes to the application: user scopes, <paramref name="organizationScopeCount"/> new
    /// organization scopes, and resource scopes (ids from <see cref="Resource"/>) plain and in organization context.
    /// </summary>
    public static void Consent(
        this FakeLogto fake, string applicationId, string[]? userScopes = null, int organizationScopeCount = 0, string[]? resourceScopes = null, string[]? organizationResourceScopes = null)
    {
        var organizationScopes = Enumerable.Range(1, organizationScopeCount)
            .Select(i => (string)fake.Seed.Send("POST", "/api/organization-scopes", new JsonObject { ["name"] = $"read:data{i}-{applicationId}" })!["id"]!)
            .ToArray();
        fake.Seed.Send("POST", $"/api/applications/{applicationId}/user-consent-scopes", new JsonObject
        {
            ["organizationScopes"] = Array(organizationScopes),
            ["resourceScopes"] = Array(resourceScopes ?? []),
            ["organizationResourceScopes"] = Array(organizationResourceScopes ?? []),
            ["userScopes"] = Array(userScopes ?? []),
        });
    }

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(value => (JsonNode)JsonValue.Create(value)).ToArray());
}
