using System.Text.Json.Nodes;

namespace Logto.Generated.Testing;

/// <summary><c>/api/organization-roles</c> and <c>/api/organization-scopes</c>: create, list, get, PATCH, delete.</summary>
internal static class OrganizationRoleRoutes
{
    public static void Map(FakeRouter router) => router
        .Map("GET", "/api/organization-roles", "ListOrganizationRoles", (call, state) =>
        {
            var search = Search.From(call, ["id", "name", "description"]);
            var query = call.QueryValue("q");
            return Listing.Page(call, state.OrganizationRoles.Newest().Where(search.Matches)
                .Where(role => query is null || ((string?)role["name"] ?? "").Contains(query, StringComparison.OrdinalIgnoreCase))
                .Select(role =>
                {
                    var copy = role.DeepClone().AsObject();
                    copy["scopes"] = new JsonArray();
                    copy["resourceScopes"] = new JsonArray();
                    return (JsonNode)copy;
                }).ToList());
        })
        .Map("POST", "/api/organization-roles", "CreateOrganizationRole", (call, state) =>
        {
            var body = call.JsonObject();
            new Guard(body).Type("name", "string", required: true).Type("description", "string", nullable: true).Enum("type", ["User", "MachineToMachine"]).ThrowIfInvalid();
            NameFree(state.OrganizationRoles, FakeJson.String(body, "name")!, exceptId: null);
            var role = new JsonObject
            {
                ["tenantId"] = "default",
                ["id"] = FakeState.NewId(),
                ["name"] = FakeJson.String(body, "name"),
                ["description"] = body["description"]?.DeepClone(),
                ["type"] = FakeJson.String(body, "type") ?? "User",
            };
            return EntityAnswers.Create(call, state.OrganizationRoles, role, "OrganizationRole.Created");
        })
        .Map("GET", "/api/organization-roles/{id}", "GetOrganizationRole", (call, state) => EntityAnswers.Get(call, state.OrganizationRoles))
        .Map("PATCH", "/api/organization-roles/{id}", "UpdateOrganizationRole", (call, state) =>
        {
            var role = state.OrganizationRoles.Get(call.Route("id"));
            var body = call.JsonObject();
            new Guard(body).Type("name", "string").Type("description", "string", nullable: true).ThrowIfInvalid();
            if (FakeJson.String(body, "name") is { } name)
            {
                NameFree(state.OrganizationRoles, name, (string)role["id"]!);
            }

            return FakeJson.Patch(call, role, body, ["name", "description"], "OrganizationRole.Data.Updated");
        })
        .Map("DELETE", "/api/organization-roles/{id}", "DeleteOrganizationRole", (call, state) =>
            EntityAnswers.Delete(call, state.OrganizationRoles, "OrganizationRole.Deleted", state.MemberRoles.Values))
        .Map("GET", "/api/organization-scopes", "ListOrganizationScopes", (call, state) =>
            Listing.Page(call, state.OrganizationScopes.Newest().Where(Search.From(call, ["id", "name", "description"]).Matches).Select(scope => (JsonNode)scope).ToList()))
        .Map("POST", "/api/organization-scopes", "CreateOrganizationScope", (call, state) =>
        {
            var body = call.JsonObject();
            new Guard(body).Type("name", "string", required: true).Type("description", "string", nullable: true).ThrowIfInvalid();
            NameFree(state.OrganizationScopes, FakeJson.String(body, "name")!, exceptId: null);
            var scope = new JsonObject { ["tenantId"] = "default", ["id"] = FakeState.NewId(), ["name"] = FakeJson.String(body, "name"), ["description"] = body["description"]?.DeepClone() };
            return EntityAnswers.Create(call, state.OrganizationScopes, scope, "OrganizationScope.Created");
        })
        .Map("GET", "/api/organization-scopes/{id}", "GetOrganizationScope", (call, state) => EntityAnswers.Get(call, state.OrganizationScopes))
        .Map("DELETE", "/api/organization-scopes/{id}", "DeleteOrganizationScope", (call, state) =>
            EntityAnswers.Delete(call, state.OrganizationScopes, "OrganizationScope.Deleted"));

    private static void NameFree(FakeStore store, string name, string? exceptId)
    {
        if (store.Newest().Any(row => (string?)row["id"] != exceptId && (string?)row["name"] == name))
        {
            throw LogtoErrors.UniqueViolation();
        }
    }
}
