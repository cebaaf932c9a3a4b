using System.Text.Json.Nodes;

namespace Logto.Generated.Testing;

/// <summary><c>/api/hooks</c>: create (name, events, config.url), list, get, PATCH, delete, signing key rotation.</summary>
internal static class HookRoutes
{
    /// <summary>Every hook event Logto accepts (the <c>hooks.create.unknown-event</c> scenario lists them).</summary>
    public static readonly string[] Events =
    [
        "PostRegister", "PostSignIn", "PostSignInAdaptiveMfaTriggered", "PostResetPassword",
        "User.Created", "User.Deleted", "User.Data.Updated", "User.SuspensionStatus.Updated",
        "Role.Created", "Role.Deleted", "Role.Data.Updated", "Role.Scopes.Updated",
        "Scope.Created", "Scope.Deleted", "Scope.Data.Updated",
        "Organization.Created", "Organization.Deleted", "Organization.Data.Updated", "Organization.Membership.Updated",
        "OrganizationRole.Created", "OrganizationRole.Deleted", "OrganizationRole.Data.Updated", "OrganizationRole.Scopes.Updated",
        "OrganizationScope.Created", "OrganizationScope.Deleted", "OrganizationScope.Data.Updated",
        "Identifier.Lockout", "Message.RateLimited", "Grant.LimitExceeded",
    ];

    public static void Map(FakeRouter router) => router
        .Map("GET", "/api/hooks", "ListHooks", (call, state) => Listing.Page(call, state.Hooks.Newest().Select(hook => (JsonNode)hook).ToList()))
        .Map("POST", "/api/hooks", "CreateHook", (call, state) =>
        {
            var body = call.JsonObject();
            Check(new Guard(body).Type("name", "string", required: true).Type("config", "object", required: true), body).ThrowIfInvalid();
            var hook = new JsonObject
            {
                ["tenantId"] = "default",
                ["id"] = FakeState.NewId(),
                ["name"] = FakeJson.String(body, "name"),
                ["event"] = body["event"]?.DeepClone(),
                ["events"] = body["events"]?.DeepClone() ?? new JsonArray(),
                ["config"] = body["config"]!.DeepClone(),
                ["signingKey"] = FakeState.NewSecret(),
                ["enabled"] = FakeJson.Bool(body, "enabled") ?? true,
                ["createdAt"] = state.Now,
            };
            state.Hooks.Add(hook);
            return FakeAnswer.Created(hook.DeepClone());
        })
        .Map("GET", "/api/hooks/{id}", "GetHook", (call, state) => EntityAnswers.Get(call, state.Hooks))
        .Map("PATCH", "/api/hooks/{id}", "UpdateHook", (call, state) =>
        {
            var hook = state.Hooks.Get(call.Route("id"));
            var body = call.JsonObject();
            Check(new Guard(body).Type("name", "string").Type("config", "object").Type("enabled", "boolean"), body).ThrowIfInvalid();
            FakeJson.CopyPresent(body, hook, ["name", "events", "config", "enabled"]);
            return FakeAnswer.Ok(hook.DeepClone());
        })
        .Map("DELETE", "/api/hooks/{id}", "DeleteHook", (call, state) =>
        {
            state.Hooks.Delete(call.Route("id"));
            return FakeAnswer.NoContent();
        })
        .Map("PATCH", "/api/hooks/{id}/signing-key", "UpdateHookSigningKey", (call, state) =>
        {
            var hook = state.Hooks.Get(call.Route("id"));
            hook["signingKey"] = FakeState.NewSecret();
            return FakeAnswer.Ok(hook.DeepClone());
        });

    private static Guard Check(Guard guard, JsonObject body)
    {
        guard.EnumArray("events", Events);
        if (body["config"] is JsonObject config)
        {
            new Guard(config).Type("url", "string", required: true);
            if (FakeJson.String(config, "url") is not { } url || !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                guard.Add(new JsonObject { ["validation"] = "url", ["code"] = "invalid_string", ["message"] = "Invalid url", ["path"] = new JsonArray("config", "url") }, "Error in key path \"config.url\": (invalid_string) Invalid url");
            }
        }

        return guard;
    }
}
