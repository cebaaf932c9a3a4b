namespace Logto.Generated.Testing;

/// <summary>Every Management API route the fake implements.</summary>
internal static class FakeRoutes
{
    public static FakeRouter Create()
    {
        var router = new FakeRouter();
        UserRoutes.Map(router);
        RoleRoutes.Map(router);
        OrganizationRoutes.Map(router);
        OrganizationRoleRoutes.Map(router);
        ApplicationRoutes.Map(router);
        ResourceRoutes.Map(router);
        HookRoutes.Map(router);
        ConfigRoutes.Map(router);
        return router;
    }
}
