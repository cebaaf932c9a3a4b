using System.Text.Json.Nodes;

namespace Logto.Generated.Testing;

/// <summary><c>/api/organizations</c>: create, list, get, PATCH, delete, members and their organization roles.</summary>
internal static class OrganizationRoutes
{
    private static readonly string[] Editable = ["name", "description", "customData", "isMfaRequired", "color", "branding", "customCss"];

    public static void Map(FakeRouter router) => router
        .Map("GET", "/api/organizations", "ListOrganizations", (call, state) =>
        {
            var search = Search.From(call, ["id", "name", "description"]);
            var query = call.QueryValue("q");
            var organizations = state.Organizations.Newest().Where(search.Matches)
                .Where(organization => query is null || ((string?)organization["name"] ?? "").Contains(query, StringComparison.OrdinalIgnoreCase) || (string?)organization["id"] == query)
                .Select(organization => (JsonNode)organization).ToList();
            return Listing.Page(call, organizations);
        })
        .Map("POST", "/api/organizations", "CreateOrganization", (call, state) =>
        {
            var body = call.JsonObject();
            Check(body).Type("name", "string", required: true).ThrowIfInvalid();
            var organization = new JsonObject
            {
                ["tenantId"] = "default",
                ["id"] = FakeState.NewId(12),
                ["name"] = FakeJson.String(body, "name"),
                ["description"] = body["description"]?.DeepClone(),
                ["customData"] = body["customData"]?.DeepClone() ?? new JsonObject(),
                ["isMfaRequired"] = FakeJson.Bool(body, "isMfaRequired") ?? false,
                ["color"] = body["color"]?.DeepClone() ?? new JsonObject(),
                ["branding"] = body["branding"]?.DeepClone() ?? new JsonObject(),
                ["customCss"] = body["customCss"]?.DeepClone(),
                ["createdAt"] = state.Now,
            };
            return EntityAnswers.Create(call, state.Organizations, organization, "Organization.Created");
        })
        .Map("GET", "/api/organizations/{id}", "GetOrganization", (call, state) => EntityAnswers.Get(call, state.Organizations))
        .Map("PATCH", "/api/organizations/{id}", "UpdateOrganization", (call, state) =>
        {
            var organization = state.Organizations.Get(call.Route("id"));
            var body = call.JsonObject();
            Check(body).Type("name", "string").ThrowIfInvalid();
            return FakeJson.Patch(call, organization, body, Editable, "Organization.Data.Updated");
        })
        .Map("DELETE", "/api/organizations/{id}", "DeleteOrganization", (call, state) =>
        {
            var id = state.Organizations.Delete(call.Route("id"));
            state.Members.Remove(id);
            call.Raise("Organization.Deleted", null, []);
            return FakeAnswer.NoContent();
        })
        .Map("GET", "/api/organizations/{id}/users", "ListOrganizationUsers", (call, state) =>
        {
            // Logto answers 200 [] for an unknown organization here.
            var id = call.Route("id");
            var search = Search.From(call, ["id", "primaryEmail", "primaryPhone", "username", "name"]);
            var members = state.MembersOf(id).Select(state.Users.Find).OfType<JsonObject>().Where(search.Matches)
                .Reverse()
                .Select(user =>
                {
                    var copy = user.DeepClone().AsObject();
                    copy["organizationRoles"] = RoleRefs(state, id, (string)user["id"]!);
                    return (JsonNode)copy;
                }).ToList();
            return Listing.Page(call, members);
        })
        .Map("POST", "/api/organizations/{id}/users", "AddOrganizationUsers", (call, state) =>
        {
            var id = (string)state.Organizations.Get(call.Route("id"))["id"]!;
            var userIds = UserIds(call, state);
            var members = state.MembersOf(id);
            var added = userIds.Where(userId => !members.Contains(userId)).Distinct().ToList();
            members.AddRange(added);
            call.Raise("Organization.Membership.Updated", null, new JsonObject { ["organizationId"] = id, ["addedUserIds"] = FakeJson.Array(userIds) });
            return FakeAnswer.Created(new JsonObject { ["userIds"] = FakeJson.Array(userIds) });
        })
        .Map("PUT", "/api/organizations/{id}/users", "ReplaceOrganizationUsers", (call, state) =>
        {
            var id = (string)state.Organizations.Get(call.Route("id"))["id"]!;
            var userIds = UserIds(call, state);
            var members = state.MembersOf(id);
            var removed = members.Where(userId => !userIds.Contains(userId)).ToList();
            var added = userIds.Where(userId => !members.Contains(userId)).Distinct().ToList();
            members.Clear();
            members.AddRange(userIds.Distinct());
            call.Raise("Organization.Membership.Updated", null, new JsonObject { ["organizationId"] = id, ["addedUserIds"] = FakeJson.Array(added), ["removedUserIds"] = FakeJson.Array(removed) });
            return FakeAnswer.NoContent();
        })
        .Map("DELETE", "/api/organizations/{id}/users/{userId}", "DeleteOrganizationUser", (call, state) =>
        {
            var id = (string)state.Organizations.Get(call.Route("id"))["id"]!;
            var userId = call.Route("userId");
            if (!state.MembersOf(id).Remove(userId))
            {
                throw LogtoErrors.NotFound();
            }

            state.MemberRoles.Remove((id, userId));
            call.Raise("Organization.Membership.Updated", null, new JsonObject { ["organizationId"] = id, ["removedUserIds"] = FakeJson.Array([userId]) });
            return FakeAnswer.NoContent();
        })
        .Map("GET", "/api/organizations/{id}/users/{userId}/roles", "ListOrganizationUserRoles", (call, state) =>
        {
            var (id, userId) = Member(call, state);
            return Listing.Page(call, state.MemberRolesOf(id, userId).Select(state.OrganizationRoles.Find).OfType<JsonObject>().Select(role => (JsonNode)role.DeepClone()).ToList());
        })
        .Map("POST", "/api/organizations/{id}/users/{userId}/roles", "AssignOrganizationRolesToUser", (call, state) =>
        {
            var (id, userId) = Member(call, state);
            var roleIds = OrganizationRoleIds(call, state);
            var held = state.MemberRolesOf(id, userId);
            held.AddRange(roleIds.Where(roleId => !held.Contains(roleId)).Distinct());
            return FakeAnswer.Created(new JsonObject { ["organizationRoleIds"] = FakeJson.Array(roleIds) });
        })
        .Map("PUT", "/api/organizations/{id}/users/{userId}/roles", "ReplaceOrganizationUserRoles", (call, state) =>
        {
            var (id, userId) = Member(call, state);
            var roleIds = OrganizationRoleIds(call, state);
            var held = state.MemberRolesOf(id, userId);
            held.Clear();
            held.AddRange(roleIds.Distinct());
            return FakeAnswer.NoContent();
        })
        .Map("DELETE", "/api/organizations/{id}/users/{userId}/roles/{organizationRoleId}", "DeleteOrganizationUserRole", (call, state) =>
        {
            var (id, userId) = Member(call, state);
            return state.MemberRolesOf(id, userId).Remove(call.Route("organizationRoleId")) ? FakeAnswer.NoContent() : throw LogtoErrors.NotFound();
        });

    /// <summary>The organization roles a member holds, as <c>[{id, name}]</c>.</summary>
    public static JsonArray RoleRefs(FakeState state, string organizationId, string userId) =>
        new(state.MemberRolesOf(organizationId, userId).Select(state.OrganizationRoles.Find).OfType<JsonObject>()
            .Select(role => (JsonNode)new JsonObject { ["id"] = role["id"]!.DeepClone(), ["name"] = role["name"]!.DeepClone() }).ToArray());

    private static Guard Check(JsonObject body) => new Guard(body)
        .Type("description", "string", nullable: true).Type("customData", "object").Type("isMfaRequired", "boolean")
        .Type("color", "object").Type("branding", "object").Type("customCss", "string", nullable: true);

    /// <summary>The organization and a user who is a member of it, or 404 <c>entity.not_found</c>.</summary>
    private static (string Organization, string User) Member(FakeCall call, FakeState state)
    {
        var id = (string)state.Organizations.Get(call.Route("id"))["id"]!;
        var userId = call.Route("userId");
        return state.MembersOf(id).Contains(userId) ? (id, userId) : throw LogtoErrors.NotFound();
    }

    private static List<string> UserIds(FakeCall call, FakeState state)
    {
        var body = call.JsonObject();
        new Guard(body).Type("userIds", "array", required: true).ThrowIfInvalid();
        var userIds = FakeJson.Strings(body, "userIds");
        return userIds.All(state.Users.Contains) ? userIds : throw LogtoErrors.ForeignKeyNotFound();
    }

    private static List<string> OrganizationRoleIds(FakeCall call, FakeState state)
    {
        var body = call.JsonObject();
        new Guard(body).Type("organizationRoleIds", "array", required: true).ThrowIfInvalid();
        var roleIds = FakeJson.Strings(body, "organizationRoleIds");
        return roleIds.All(state.OrganizationRoles.Contains) ? roleIds : throw LogtoErrors.ForeignKeyNotFound();
    }
}
