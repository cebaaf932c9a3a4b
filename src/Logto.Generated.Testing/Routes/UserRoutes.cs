using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Logto.Generated.Testing;

/// <summary><c>/api/users</c>: create, list with search, get, PATCH (absent against null), custom data, profile, suspension, roles, organizations.</summary>
internal static partial class UserRoutes
{
    private static readonly string[] Editable = ["username", "primaryEmail", "primaryPhone", "name", "avatar", "customData", "profile"];
    private static readonly string[] Searchable = ["id", "primaryEmail", "primaryPhone", "username", "name"];

    public static void Map(FakeRouter router) => router
        .Map("GET", "/api/users", "ListUsers", (call, state) =>
        {
            var search = Search.From(call, Searchable);
            return Listing.Page(call, state.Users.Newest().Where(search.Matches).ToList());
        })
        .Map("POST", "/api/users", "CreateUser", (call, state) =>
        {
            var body = call.JsonObject();
            Check(body).Type("password", "string").Type("customData", "object").Type("profile", "object").ThrowIfInvalid();
            Unique(state, body, exceptId: null);
            var now = state.Now;
            var user = new JsonObject
            {
                ["id"] = FakeState.NewId(12),
                ["username"] = body["username"]?.DeepClone(),
                ["primaryEmail"] = body["primaryEmail"]?.DeepClone(),
                ["primaryPhone"] = body["primaryPhone"]?.DeepClone(),
                ["name"] = body["name"]?.DeepClone(),
                ["avatar"] = body["avatar"]?.DeepClone(),
                ["customData"] = body["customData"]?.DeepClone() ?? new JsonObject(),
                ["identities"] = new JsonObject(),
                ["lastSignInAt"] = null,
                ["createdAt"] = now,
                ["updatedAt"] = now,
                ["profile"] = body["profile"]?.DeepClone() ?? new JsonObject(),
                ["applicationId"] = null,
                ["cimdClientId"] = null,
                ["isSuspended"] = false,
                ["hasPassword"] = body["password"] is not null,
            };
            return EntityAnswers.Create(call, state.Users, user, "User.Created", answersOk: true);
        })
        .Map("GET", "/api/users/{userId}", "GetUser", (call, state) => FakeAnswer.Ok(Find(state, call.Route("userId")).DeepClone()))
        .Map("PATCH", "/api/users/{userId}", "UpdateUser", (call, state) =>
        {
            var user = Find(state, call.Route("userId"));
            var body = call.JsonObject();
            Check(body).Type("customData", "object").Type("profile", "object").ThrowIfInvalid();
            if (!Editable.Any(body.ContainsKey))
            {
                throw LogtoErrors.EmptyUpdate();
            }

            Unique(state, body, (string)user["id"]!);
            FakeJson.CopyPresent(body, user, Editable);
            user["updatedAt"] = state.Now;
            call.Raise("User.Data.Updated", user);
            return FakeAnswer.Ok(user.DeepClone());
        })
        .Map("DELETE", "/api/users/{userId}", "DeleteUser", (call, state) =>
        {
            var user = Find(state, call.Route("userId"));
            var id = (string)user["id"]!;
            state.Users.Remove(id);
            state.UserRoles.Remove(id);
            FakeState.RemoveFromAll(state.Members.Values, id);

            call.Raise("User.Deleted", user);
            return FakeAnswer.NoContent();
        })
        .Map("GET", "/api/users/{userId}/custom-data", "ListUserCustomData", (call, state) => FakeAnswer.Ok(Find(state, call.Route("userId"))["customData"]!.DeepClone()))
        .Map("PATCH", "/api/users/{userId}/custom-data", "UpdateUserCustomData", (call, state) =>
            MergeColumn(call, state, "customData", "User.Data.Updated"))
        .Map("PATCH", "/api/users/{userId}/profile", "UpdateUserProfile", (call, state) =>
            MergeColumn(call, state, "profile", "User.Data.Updated"))
        .Map("PATCH", "/api/users/{userId}/is-suspended", "UpdateUserIsSuspended", (call, state) =>
        {
            var user = Find(state, call.Route("userId"));
            var body = call.JsonObject();
            Check(body).Type("isSuspended", "boolean", required: true).ThrowIfInvalid();
            user["isSuspended"] = FakeJson.Bool(body, "isSuspended");
            user["updatedAt"] = state.Now;
            call.Raise("User.SuspensionStatus.Updated", user);
            return FakeAnswer.Ok(user.DeepClone());
        })
        .Map("GET", "/api/users/{userId}/roles", "ListUserRoles", (call, state) =>
        {
            var user = Find(state, call.Route("userId"));
            var roles = state.RolesOf((string)user["id"]!).Select(state.Roles.Find).OfType<JsonObject>().Select(RoleRoutes.Plain).ToList();
            return Listing.Page(call, roles);
        })
        .Map("POST", "/api/users/{userId}/roles", "AssignUserRoles", (call, state) =>
        {
            var user = Find(state, call.Route("userId"));
            var roleIds = RoleIds(call, state);
            var held = state.RolesOf((string)user["id"]!);
            var added = roleIds.Where(id => !held.Contains(id)).Distinct().ToList();
            held.AddRange(added);
            return FakeAnswer.Created(new JsonObject { ["roleIds"] = FakeJson.Array(roleIds), ["addedRoleIds"] = FakeJson.Array(added) });
        })
        .Map("PUT", "/api/users/{userId}/roles", "ReplaceUserRoles", (call, state) =>
        {
            var user = Find(state, call.Route("userId"));
            var roleIds = RoleIds(call, state);
            var held = state.RolesOf((string)user["id"]!);
            held.Clear();
            held.AddRange(roleIds.Distinct());
            return new FakeAnswer(200, new JsonObject { ["roleIds"] = FakeJson.Array(roleIds) });
        })
        .Map("DELETE", "/api/users/{userId}/roles/{roleId}", "DeleteUserRole", (call, state) =>
        {
            var user = Find(state, call.Route("userId"));
            return state.RolesOf((string)user["id"]!).Remove(call.Route("roleId")) ? FakeAnswer.NoContent() : throw LogtoErrors.NotFound();
        })
        .Map("GET", "/api/users/{userId}/organizations", "ListUserOrganizations", (call, state) =>
        {
            var userId = (string)Find(state, call.Route("userId"))["id"]!;
            var organizations = state.Organizations.Newest()
                .Where(organization => state.MembersOf((string)organization["id"]!).Contains(userId))
                .Select(organization =>
                {
                    var copy = organization.DeepClone().AsObject();
                    copy["organizationRoles"] = OrganizationRoutes.RoleRefs(state, (string)organization["id"]!, userId);
                    return (JsonNode)copy;
                });
            return FakeAnswer.Ok(new JsonArray(organizations.ToArray()));
        });

    /// <summary>The user, or 404 <c>entity.not_found</c> as Logto answers for users.</summary>
    public static JsonObject Find(FakeState state, string userId) => state.Users.Find(userId) ?? throw LogtoErrors.NotFound();

    private static Guard Check(JsonObject body) => new Guard(body)
        .Type("username", "string", nullable: true).Regex("username", UsernamePattern())
        .Type("primaryEmail", "string", nullable: true).Regex("primaryEmail", EmailPattern())
        .Type("primaryPhone", "string", nullable: true).Regex("primaryPhone", PhonePattern())
        .Type("name", "string", nullable: true)
        .Type("avatar", "string", nullable: true);

    private static void Unique(FakeState state, JsonObject body, string? exceptId)
    {
        var others = state.Users.Newest().Where(user => (string?)user["id"] != exceptId).ToList();
        bool Taken(string field) => FakeJson.String(body, field) is { } value && others.Any(user => string.Equals((string?)user[field], value, StringComparison.OrdinalIgnoreCase));
        if (Taken("username"))
        {
            throw LogtoErrors.Fail(422, "user.username_already_in_use", "This username is already in use.");
        }

        if (Taken("primaryEmail"))
        {
            throw LogtoErrors.Fail(422, "user.email_already_in_use", "This email is associated with an existing account.");
        }

        if (Taken("primaryPhone"))
        {
            throw LogtoErrors.Fail(422, "user.phone_already_in_use", "This phone number is associated with an existing account.");
        }
    }

    private static FakeAnswer MergeColumn(FakeCall call, FakeState state, string column, string eventName)
    {
        var user = Find(state, call.Route("userId"));
        var body = call.JsonObject();
        new Guard(body).Type(column, "object", required: true).ThrowIfInvalid();
        user[column] = FakeJson.Merge(user[column] as JsonObject, body[column]!.AsObject());
        user["updatedAt"] = state.Now;
        call.Raise(eventName, user);
        return FakeAnswer.Ok(user[column]!.DeepClone());
    }

    /// <summary>The body's <c>roleIds</c>, each an existing role, or 404 naming the first unknown one.</summary>
    private static List<string> RoleIds(FakeCall call, FakeState state)
    {
        var body = call.JsonObject();
        new Guard(body).Type("roleIds", "array", required: true).ThrowIfInvalid();
        return state.Roles.RequireAll(FakeJson.Strings(body, "roleIds"));
    }

    [GeneratedRegex(@"^[A-Z_a-z]\w*$")]
    private static partial Regex UsernamePattern();

    [GeneratedRegex(@"^\S+@\S+\.\S+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex PhonePattern();
}
