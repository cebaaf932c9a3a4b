using System.Text.Json.Nodes;

namespace Logto.Generated.Testing;

/// <summary><c>/api/roles</c>: create (name and description required), list, get, PATCH, delete, users and scopes.</summary>
internal static class RoleRoutes
{
    private static readonly string[] Types = ["User", "MachineToMachine"];

    public static void Map(FakeRouter router) => router
        .Map("GET", "/api/roles", "ListRoles", (call, state) =>
        {
            var search = Search.From(call, ["id", "name", "description"]);
            var type = call.QueryValue("type");
            var roles = state.Roles.Newest().Where(role => type is null || (string?)role["type"] == type).Where(search.Matches)
                .Select(role => (JsonNode)Listed(state, role)).ToList();
            return Listing.Page(call, roles);
        })
        .Map("POST", "/api/roles", "CreateRole", (call, state) =>
        {
            var body = call.JsonObject();
            new Guard(body).Type("name", "string", required: true).Type("description", "string", required: true)
                .Enum("type", Types).Type("isDefault", "boolean").Type("scopeIds", "array").ThrowIfInvalid();
            var name = FakeJson.String(body, "name")!;
            NameFree(state, name, exceptId: null);
            var role = new JsonObject
            {
                ["tenantId"] = "default",
                ["id"] = FakeState.NewId(),
                ["name"] = name,
                ["description"] = FakeJson.String(body, "description"),
                ["type"] = FakeJson.String(body, "type") ?? "User",
                ["isDefault"] = FakeJson.Bool(body, "isDefault") ?? false,
            };
            state.RoleScopes[(string)role["id"]!] = FakeJson.Strings(body, "scopeIds");
            return EntityAnswers.Create(call, state.Roles, role, "Role.Created", answersOk: true);
        })
        .Map("GET", "/api/roles/{id}", "GetRole", (call, state) => EntityAnswers.Get(call, state.Roles))
        .Map("PATCH", "/api/roles/{id}", "UpdateRole", (call, state) =>
        {
            var role = state.Roles.Get(call.Route("id"));
            var body = call.JsonObject();
            new Guard(body).Type("name", "string").Type("description", "string").Type("isDefault", "boolean").ThrowIfInvalid();
            if (FakeJson.String(body, "name") is { } name)
            {
                NameFree(state, name, (string)role["id"]!);
            }

            return FakeJson.Patch(call, role, body, ["name", "description", "isDefault"], "Role.Data.Updated");
        })
        .Map("DELETE", "/api/roles/{id}", "DeleteRole", (call, state) =>
            EntityAnswers.Delete(call, state.Roles, "Role.Deleted", state.UserRoles.Values))
        .Map("GET", "/api/roles/{id}/users", "ListRoleUsers", (call, state) =>
        {
            var id = (string)state.Roles.Get(call.Route("id"))["id"]!;
            var search = Search.From(call, ["id", "primaryEmail", "primaryPhone", "username", "name"]);
            return Listing.Page(call, state.Users.Newest().Where(user => state.RolesOf((string)user["id"]!).Contains(id)).Where(search.Matches).ToList());
        })
        .Map("POST", "/api/roles/{id}/users", "CreateRoleUser", (call, state) =>
        {
            var id = (string)state.Roles.Get(call.Route("id"))["id"]!;
            var body = call.JsonObject();
            new Guard(body).Type("userIds", "array", required: true).ThrowIfInvalid();
            var userIds = state.Users.RequireAll(FakeJson.Strings(body, "userIds"));

            foreach (var userId in userIds.Where(userId => !state.RolesOf(userId).Contains(id)))
            {
                state.RolesOf(userId).Add(id);
            }

            return FakeAnswer.Created(null);
        })
        .Map("DELETE", "/api/roles/{id}/users/{userId}", "DeleteRoleUser", (call, state) =>
        {
            var id = (string)state.Roles.Get(call.Route("id"))["id"]!;
            return state.RolesOf(call.Route("userId")).Remove(id) ? FakeAnswer.NoContent() : throw LogtoErrors.NotFound();
        })
        .Map("GET", "/api/roles/{id}/scopes", "ListRoleScopes", (call, state) =>
        {
            var id = (string)state.Roles.Get(call.Route("id"))["id"]!;
            var scopeIds = state.RoleScopes.GetValueOrDefault(id) ?? [];
            return Listing.Page(call, scopeIds.Select(state.Scopes.Find).OfType<JsonObject>().Select(scope => (JsonNode)ResourceRoutes.WithResource(state, scope)).ToList());
        })
        .Map("POST", "/api/roles/{id}/scopes", "CreateRoleScope", (call, state) =>
        {
            var id = (string)state.Roles.Get(call.Route("id"))["id"]!;
            var body = call.JsonObject();
            new Guard(body).Type("scopeIds", "array", required: true).ThrowIfInvalid();
            var scopeIds = state.Scopes.RequireAll(FakeJson.Strings(body, "scopeIds"));

            var held = state.RoleScopes.TryGetValue(id, out var existing) ? existing : state.RoleScopes[id] = [];
            held.AddRange(scopeIds.Where(scopeId => !held.Contains(scopeId)).Distinct());
            call.Raise("Role.Scopes.Updated", state.Roles.Get(id));
            return FakeAnswer.Created(new JsonArray(held.Select(state.Scopes.Find).OfType<JsonObject>().Select(scope => (JsonNode)scope.DeepClone()).ToArray()));
        })
        .Map("DELETE", "/api/roles/{id}/scopes/{scopeId}", "DeleteRoleScope", (call, state) =>
        {
            var id = (string)state.Roles.Get(call.Route("id"))["id"]!;
            var held = state.RoleScopes.GetValueOrDefault(id) ?? [];
            return held.Remove(call.Route("scopeId")) ? FakeAnswer.NoContent() : throw LogtoErrors.NotFound();
        });

    /// <summary>The role as user role lists return it: the row alone.</summary>
    public static JsonNode Plain(JsonObject role) => role.DeepClone();

    /// <summary>The role as <c>GET /api/roles</c> lists it, with its user and application counts.</summary>
    private static JsonObject Listed(FakeState state, JsonObject role)
    {
        var id = (string)role["id"]!;
        var users = state.Users.Newest().Where(user => state.RolesOf((string)user["id"]!).Contains(id)).ToList();
        var copy = role.DeepClone().AsObject();
        copy["usersCount"] = users.Count;
        copy["featuredUsers"] = new JsonArray(users.Take(3).Select(user => (JsonNode)new JsonObject { ["id"] = user["id"]!.DeepClone(), ["avatar"] = user["avatar"]?.DeepClone(), ["name"] = user["name"]?.DeepClone() }).ToArray());
        copy["applicationsCount"] = 0;
        copy["featuredApplications"] = new JsonArray();
        return copy;
    }

    private static void NameFree(FakeState state, string name, string? exceptId)
    {
        if (state.Roles.Newest().Any(role => (string?)role["id"] != exceptId && (string?)role["name"] == name))
        {
            throw LogtoErrors.Fail(422, "role.name_in_use", $"This role name {name} is already in use");
        }
    }
}
