using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Logto.Generated.Testing;

/// <summary>Everything the fake Logto holds. Only touched under <see cref="Lock"/>.</summary>
internal sealed class FakeState
{
    private const string IdAlphabet = "0123456789abcdefghijklmnopqrstuvwxyz";

    public FakeState(TimeProvider time)
    {
        Time = time;
    }

    public object Lock { get; } = new();

    public TimeProvider Time { get; }

    public FakeStore Users { get; } = new("users");

    public FakeStore Applications { get; } = new("applications");

    public FakeStore Roles { get; } = new("roles");

    public FakeStore Organizations { get; } = new("organizations");

    public FakeStore OrganizationRoles { get; } = new("organization_roles");

    public FakeStore OrganizationScopes { get; } = new("organization_scopes");

    public FakeStore Resources { get; } = new("resources");

    public FakeStore Scopes { get; } = new("scopes");

    public FakeStore Hooks { get; } = new("hooks");

    /// <summary>User id to the ids of the roles the user holds, in assignment order.</summary>
    public Dictionary<string, List<string>> UserRoles { get; } = new(StringComparer.Ordinal);

    /// <summary>Organization id to member user ids, in the order they were added.</summary>
    public Dictionary<string, List<string>> Members { get; } = new(StringComparer.Ordinal);

    /// <summary>(organization id, user id) to organization role ids.</summary>
    public Dictionary<(string Organization, string User), List<string>> MemberRoles { get; } = [];

    /// <summary>Role id to resource scope ids.</summary>
    public Dictionary<string, List<string>> RoleScopes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, JsonObject> AccessControl { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, JsonObject> SignInExperiences { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Application id to its consented scopes: organization scope ids, resource scope ids, user scopes, and resource
    /// scope ids granted in organization context.
    /// </summary>
    public Dictionary<string, (List<string> Organization, List<string> Resource, List<string> User, List<string> OrganizationResource)> ConsentScopes { get; } = new(StringComparer.Ordinal);

    /// <summary>The admin console configuration (<c>/api/configs/admin-console</c>), as a new tenant has it.</summary>
    public JsonObject AdminConsoleConfig { get; } = new() { ["signInExperienceCustomized"] = false, ["organizationCreated"] = false };

    public Dictionary<string, List<JsonObject>> Secrets { get; } = new(StringComparer.Ordinal);

    /// <summary>Epoch milliseconds of <see cref="Time"/>, as the Management API writes timestamps.</summary>
    public long Now => Time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>A random lowercase id of Logto's lengths: 12 for users and organizations, 21 for the rest.</summary>
    public static string NewId(int length = 21) => RandomNumberGenerator.GetString(IdAlphabet, length);

    public static string NewSecret(int length = 32) =>
        RandomNumberGenerator.GetString("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", length);

    /// <summary>Removes an id from each relation list (a deleted role from every user, say).</summary>
    public static void RemoveFromAll(IEnumerable<List<string>> lists, string id)
    {
        foreach (var list in lists)
        {
            list.Remove(id);
        }
    }

    public List<string> RolesOf(string userId) => UserRoles.TryGetValue(userId, out var roles) ? roles : UserRoles[userId] = [];

    public List<string> MembersOf(string organizationId) => Members.TryGetValue(organizationId, out var members) ? members : Members[organizationId] = [];

    public List<string> MemberRolesOf(string organizationId, string userId) =>
        MemberRoles.TryGetValue((organizationId, userId), out var roles) ? roles : MemberRoles[(organizationId, userId)] = [];

    public (List<string> Organization, List<string> Resource, List<string> User, List<string> OrganizationResource) ConsentOf(string applicationId) =>
        ConsentScopes.TryGetValue(applicationId, out var scopes) ? scopes : ConsentScopes[applicationId] = ([], [], [], []);
}
