using System.Text.Json.Nodes;

namespace Logto.Generated.Testing;

/// <summary><c>/api/resources</c> and their scopes: create, list, get, PATCH, delete.</summary>
internal static class ResourceRoutes
{
    public static void Map(FakeRouter router) => router
        .Map("GET", "/api/resources", "ListResources", (call, state) =>
            Listing.Page(call, state.Resources.Newest().Where(Search.From(call, ["id", "name", "indicator"]).Matches).Select(resource => (JsonNode)resource).ToList()))
        .Map("POST", "/api/resources", "CreateResource", (call, state) =>
        {
            var body = call.JsonObject();
            new Guard(body).Type("name", "string", required: true).Type("indicator", "string", required: true).Type("accessTokenTtl", "number").ThrowIfInvalid();
            var indicator = FakeJson.String(body, "indicator")!;
            if (state.Resources.Newest().Any(resource => (string?)resource["indicator"] == indicator))
            {
                throw LogtoErrors.Fail(422, "resource.resource_indicator_in_use", $"The resource indicator {indicator} is already in use.");
            }

            var resource = Add(state, FakeState.NewId(), FakeJson.String(body, "name")!, indicator, (int?)body["accessTokenTtl"] ?? 3600);
            return FakeAnswer.Created(resource.DeepClone());
        })
        .Map("GET", "/api/resources/{id}", "GetResource", (call, state) => EntityAnswers.Get(call, state.Resources))
        .Map("PATCH", "/api/resources/{id}", "UpdateResource", (call, state) =>
        {
            var resource = state.Resources.Get(call.Route("id"));
            var body = call.JsonObject();
            new Guard(body).Type("name", "string").Type("accessTokenTtl", "number").ThrowIfInvalid();
            return FakeJson.Patch(call, resource, body, ["name", "accessTokenTtl"], eventName: null);
        })
        .Map("DELETE", "/api/resources/{id}", "DeleteResource", (call, state) =>
        {
            var id = state.Resources.Delete(call.Route("id"));
            foreach (var scope in state.Scopes.Newest().Where(scope => (string?)scope["resourceId"] == id).ToList())
            {
                state.Scopes.Remove((string)scope["id"]!);
            }

            return FakeAnswer.NoContent();
        })
        .Map("GET", "/api/resources/{resourceId}/scopes", "ListResourceScopes", (call, state) =>
        {
            var id = (string)state.Resources.Get(call.Route("resourceId"))["id"]!;
            var search = Search.From(call, ["id", "name", "description"]);
            return Listing.Page(call, state.Scopes.Newest().Where(scope => (string?)scope["resourceId"] == id).Where(search.Matches).Select(scope => (JsonNode)scope).ToList());
        })
        .Map("POST", "/api/resources/{resourceId}/scopes", "CreateResourceScope", (call, state) =>
        {
            var id = (string)state.Resources.Get(call.Route("resourceId"))["id"]!;
            var body = call.JsonObject();
            new Guard(body).Type("name", "string", required: true).Type("description", "string", nullable: true).ThrowIfInvalid();
            var name = FakeJson.String(body, "name")!;
            if (state.Scopes.Newest().Any(scope => (string?)scope["resourceId"] == id && (string?)scope["name"] == name))
            {
                throw LogtoErrors.Fail(422, "scope.name_exists", $"The scope name {name} is already in use");
            }

            var scope = AddScope(state, FakeState.NewId(), id, name, FakeJson.String(body, "description"));
            call.Raise("Scope.Created", scope);
            return FakeAnswer.Created(scope.DeepClone());
        })
        .Map("PATCH", "/api/resources/{resourceId}/scopes/{scopeId}", "UpdateResourceScope", (call, state) =>
        {
            var scope = Scope(call, state);
            var body = call.JsonObject();
            new Guard(body).Type("name", "string").Type("description", "string", nullable: true).ThrowIfInvalid();
            return FakeJson.Patch(call, scope, body, ["name", "description"], "Scope.Data.Updated");
        })
        .Map("DELETE", "/api/resources/{resourceId}/scopes/{scopeId}", "DeleteResourceScope", (call, state) =>
        {
            state.Scopes.Remove((string)Scope(call, state)["id"]!);
            call.Raise("Scope.Deleted", null, []);
            return FakeAnswer.NoContent();
        });

    public static JsonObject Add(FakeState state, string id, string name, string indicator, int accessTokenTtl)
    {
        var resource = new JsonObject { ["tenantId"] = "default", ["id"] = id, ["name"] = name, ["indicator"] = indicator, ["isDefault"] = false, ["accessTokenTtl"] = accessTokenTtl };
        state.Resources.Add(resource);
        return resource;
    }

    public static JsonObject AddScope(FakeState state, string id, string resourceId, string name, string? description)
    {
        var scope = new JsonObject { ["tenantId"] = "default", ["id"] = id, ["resourceId"] = resourceId, ["name"] = name, ["description"] = description, ["createdAt"] = state.Now };
        state.Scopes.Add(scope);
        return scope;
    }

    /// <summary>A scope with its resource, as role scope lists return it.</summary>
    public static JsonObject WithResource(FakeState state, JsonObject scope)
    {
        var copy = scope.DeepClone().AsObject();
        copy["resource"] = state.Resources.Find((string)scope["resourceId"]!)?.DeepClone();
        return copy;
    }

    private static JsonObject Scope(FakeCall call, FakeState state)
    {
        var resourceId = (string)state.Resources.Get(call.Route("resourceId"))["id"]!;
        var scope = state.Scopes.Get(call.Route("scopeId"));
        return (string?)scope["resourceId"] == resourceId ? scope : throw LogtoErrors.NotExistsWithId("scopes", call.Route("scopeId"));
    }
}
