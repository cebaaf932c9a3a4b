using System.Text.Json.Nodes;

namespace Logto.Generated.Testing;

/// <summary>
/// Puts data in the fake with one line each. Every helper sends the Management API request a client would (with the
/// same checks, answers and webhook events) and returns the new id; a refused request throws.
/// </summary>
public sealed class FakeLogtoSeed
{
    private readonly FakeLogtoEngine _engine;
    private readonly Func<Uri> _endpoint;

    internal FakeLogtoSeed(FakeLogtoEngine engine, Func<Uri> endpoint)
    {
        _engine = engine;
        _endpoint = endpoint;
    }

    /// <summary>Creates a user (<c>POST /api/users</c>).</summary>
    /// <param name="username">The username; none when null.</param>
    /// <param name="name">The display name; none when null.</param>
    /// <param name="primaryEmail">The primary email; none when null.</param>
    /// <returns>The user id.</returns>
    /// <exception cref="InvalidOperationException">The fake refused it (a duplicate username, say); the message holds its answer.</exception>
    public string User(string? username = null, string? name = null, string? primaryEmail = null) =>
        Id("POST", "/api/users", new JsonObject { ["username"] = username, ["name"] = name, ["primaryEmail"] = primaryEmail }.Compact());

    /// <summary>Creates a role (<c>POST /api/roles</c>) and assigns it to the given users.</summary>
    /// <param name="name">The unique role name.</param>
    /// <param name="userIds">Users who get the role.</param>
    /// <returns>The role id.</returns>
    /// <exception cref="InvalidOperationException">The fake refused it; the message holds its answer.</exception>
    public string Role(string name, params string[] userIds)
    {
        var id = Id("POST", "/api/roles", new JsonObject { ["name"] = name, ["description"] = name });
        if (userIds.Length > 0)
        {
            Send("POST", $"/api/roles/{id}/users", new JsonObject { ["userIds"] = FakeJson.Array(userIds) });
        }

        return id;
    }

    /// <summary>Creates an organization (<c>POST /api/organizations</c>) with the given members.</summary>
    /// <param name="name">The organization name.</param>
    /// <param name="memberIds">Users who become members.</param>
    /// <returns>The organization id.</returns>
    /// <exception cref="InvalidOperationException">The fake refused it; the message holds its answer.</exception>
    public string Organization(string name, params string[] memberIds)
    {
        var id = Id("POST", "/api/organizations", new JsonObject { ["name"] = name });
        if (memberIds.Length > 0)
        {
            Send("POST", $"/api/organizations/{id}/users", new JsonObject { ["userIds"] = FakeJson.Array(memberIds) });
        }

        return id;
    }

    /// <summary>Creates an organization role (<c>POST /api/organization-roles</c>).</summary>
    /// <param name="name">The unique organization role name.</param>
    /// <returns>The organization role id.</returns>
    /// <exception cref="InvalidOperationException">The fake refused it; the message holds its answer.</exception>
    public string OrganizationRole(string name) => Id("POST", "/api/organization-roles", new JsonObject { ["name"] = name });

    /// <summary>Adds a user to an organization, with organization roles.</summary>
    /// <param name="organizationId">The organization.</param>
    /// <param name="userId">The user.</param>
    /// <param name="organizationRoleIds">Organization roles the member holds.</param>
    /// <exception cref="InvalidOperationException">The fake refused it; the message holds its answer.</exception>
    public void Member(string organizationId, string userId, params string[] organizationRoleIds)
    {
        Send("POST", $"/api/organizations/{organizationId}/users", new JsonObject { ["userIds"] = FakeJson.Array([userId]) });
        if (organizationRoleIds.Length > 0)
        {
            Send("POST", $"/api/organizations/{organizationId}/users/{userId}/roles", new JsonObject { ["organizationRoleIds"] = FakeJson.Array(organizationRoleIds) });
        }
    }

    /// <summary>
    /// Creates an application (<c>POST /api/applications</c>); for a third-party one also its sign-in experience
    /// (display name and logo) when given.
    /// </summary>
    /// <param name="name">The application name.</param>
    /// <param name="type">Its type: <c>Traditional</c> by default, or <c>SPA</c>, <c>Native</c>, <c>MachineToMachine</c>, ...</param>
    /// <param name="isThirdParty">Whether it is a third-party application.</param>
    /// <param name="redirectUri">Its one redirect URI; none when null.</param>
    /// <param name="displayName">The sign-in experience's display name; no sign-in experience when null.</param>
    /// <param name="logoUrl">The sign-in experience's logo.</param>
    /// <returns>The application id.</returns>
    /// <exception cref="InvalidOperationException">The fake refused it; the message holds its answer.</exception>
    public string Application(string name, string type = "Traditional", bool isThirdParty = false, string? redirectUri = null, string? displayName = null, string? logoUrl = null)
    {
        var metadata = new JsonObject { ["redirectUris"] = FakeJson.Array(redirectUri is null ? Array.Empty<string>() : [redirectUri]), ["postLogoutRedirectUris"] = new JsonArray() };
        var id = Id("POST", "/api/applications", new JsonObject { ["name"] = name, ["type"] = type, ["isThirdParty"] = isThirdParty, ["oidcClientMetadata"] = metadata });
        if (displayName is not null)
        {
            Send("PUT", $"/api/applications/{id}/sign-in-experience", new JsonObject { ["displayName"] = displayName, ["branding"] = new JsonObject { ["logoUrl"] = logoUrl }.Compact() });
        }

        return id;
    }

    /// <summary>Lets only the listed users, roles and organizations use an application (its access-control rules), and turns the control on.</summary>
    /// <param name="applicationId">The application.</param>
    /// <param name="userIds">Users allowed by id.</param>
    /// <param name="userRoleIds">Roles whose holders are allowed.</param>
    /// <param name="organizationIds">Organizations whose members are allowed.</param>
    /// <exception cref="InvalidOperationException">The fake refused it (no rule at all, say); the message holds its answer.</exception>
    public void AccessControl(string applicationId, IEnumerable<string>? userIds = null, IEnumerable<string>? userRoleIds = null, IEnumerable<string>? organizationIds = null)
    {
        Send("PUT", $"/api/applications/{applicationId}/access-control", new JsonObject
        {
            ["userIds"] = FakeJson.Array(userIds ?? []),
            ["userRoleIds"] = FakeJson.Array(userRoleIds ?? []),
            ["organizationIds"] = FakeJson.Array(organizationIds ?? []),
            ["organizationRoleRules"] = new JsonArray(),
        });
        Send("PATCH", $"/api/applications/{applicationId}", new JsonObject { ["appLevelAccessControlEnabled"] = true });
    }

    /// <summary>
    /// Seeds the demo data set: users Alice and Bob, organizations Acme and Globex, and three third-party applications
    /// with sign-in experiences (one open, one gated to Acme's members, one gated to the <c>partner</c> role).
    /// </summary>
    /// <returns>The ids of what it created.</returns>
    /// <exception cref="InvalidOperationException">The fake refused a request (the data set was seeded already, say).</exception>
    public FakeLogtoDemoData DemoData()
    {
        var alice = User("alice", "Alice Example", "alice@example.com");
        var bob = User("bob", "Bob Example", "bob@example.com");
        var acme = Organization("Acme", alice);
        var globex = Organization("Globex", bob);
        var partner = Role("partner", alice);
        var open = Application("notes.example.com", isThirdParty: true, redirectUri: "https://notes.example.com/callback", displayName: "Notes", logoUrl: "https://notes.example.com/logo.png");
        var acmeApp = Application("acme-wiki.example.com", isThirdParty: true, redirectUri: "https://acme-wiki.example.com/callback", displayName: "Acme Wiki");
        AccessControl(acmeApp, organizationIds: [acme]);
        var partnerApp = Application("partners.example.com", isThirdParty: true, redirectUri: "https://partners.example.com/callback", displayName: "Partner Portal");
        AccessControl(partnerApp, userRoleIds: [partner]);
        return new FakeLogtoDemoData(alice, bob, acme, globex, open, acmeApp, partnerApp);
    }

    /// <summary>Sends one Management API request as the test (no token needed) and returns the answer's JSON.</summary>
    /// <param name="method">The method, such as <c>POST</c>.</param>
    /// <param name="path">The path, such as <c>/api/users</c>.</param>
    /// <param name="body">The JSON body; none when null.</param>
    /// <returns>The answer's JSON, or null for an empty answer.</returns>
    /// <exception cref="InvalidOperationException">The answer was not a success; the message holds it.</exception>
    public JsonNode? Send(string method, string path, JsonNode? body = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var endpoint = _endpoint();
        var call = new FakeCall(method, path, [], body?.ToJsonString(), "application/json", new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["User-Agent"] = "Logto.Generated.Testing seed" })
        {
            Origin = endpoint.GetLeftPart(UriPartial.Authority),
            Trusted = true,
        };
        var answer = _engine.HandleAsync(call, CancellationToken.None).GetAwaiter().GetResult();
        return answer.Status is >= 200 and < 300 ? answer.Json : throw new InvalidOperationException($"The fake Logto refused {method} {path}: {answer.Status} {answer.BodyText}");
    }

    private string Id(string method, string path, JsonObject body) => (string)Send(method, path, body)!["id"]!;
}

/// <summary>JSON helpers of the seed.</summary>
internal static class FakeSeedJson
{
    /// <summary>The object without its null properties.</summary>
    public static JsonObject Compact(this JsonObject body)
    {
        foreach (var name in body.Where(property => property.Value is null).Select(property => property.Key).ToList())
        {
            body.Remove(name);
        }

        return body;
    }
}
