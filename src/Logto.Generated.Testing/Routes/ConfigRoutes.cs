using System.Text.Json.Nodes;

namespace Logto.Generated.Testing;

/// <summary>
/// <c>/api/configs/admin-console</c>: read, and merge a <c>PATCH</c> (what the health check of the client and the
/// portal's readiness probe call).
/// </summary>
internal static class ConfigRoutes
{
    public static void Map(FakeRouter router) => router
        .Map("GET", "/api/configs/admin-console", "GetAdminConsoleConfig", (_, state) => FakeAnswer.Ok(state.AdminConsoleConfig.DeepClone()))
        .Map("PATCH", "/api/configs/admin-console", "UpdateAdminConsoleConfig", (call, state) =>
        {
            var body = call.JsonObject();
            new Guard(body)
                .Type("signInExperienceCustomized", "boolean")
                .Type("organizationCreated", "boolean")
                .Type("developmentTenantMigrationNotification", "object")
                .Type("checkedChargeNotification", "object")
                .ThrowIfInvalid();
            foreach (var (name, value) in body)
            {
                state.AdminConsoleConfig[name] = value?.DeepClone();
            }

            return FakeAnswer.Ok(state.AdminConsoleConfig.DeepClone());
        });
}
