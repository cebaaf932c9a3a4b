namespace Logto.Generated;

/// <summary>
/// Logto's sign-in rule for an application with app-level access control: a user may access it when any one rule
/// holds (their id is listed, they hold a listed role, they belong to a listed organization, or they hold one of the
/// listed roles in the organization of an organization-role rule).
/// </summary>
internal static class ApplicationAccessRule
{
    /// <summary>
    /// Whether the user may access the application: always when access control is off, or when the server has no
    /// access-control route (an older Logto); otherwise by the rules.
    /// </summary>
    public static bool IsGranted(CatalogApplication application, UserAccess user) =>
        !application.Listing.AccessControlEnabled || application.AccessRules is not { } rules || IsGranted(rules, user);

    /// <summary>Whether the user may access an application whose access control is enabled with these rules.</summary>
    public static bool IsGranted(CatalogAccessRules rules, UserAccess user) =>
        rules.UserIds.Contains(user.UserId, StringComparer.Ordinal)
        || rules.UserRoleIds.Any(user.RoleIds.Contains)
        || rules.OrganizationIds.Any(user.Organizations.ContainsKey)
        || rules.OrganizationRoleRules.Any(rule => HoldsOrganizationRole(rule, user));

    private static bool HoldsOrganizationRole(CatalogOrganizationRoleRule rule, UserAccess user) =>
        user.Organizations.TryGetValue(rule.OrganizationId, out var heldRoles) && rule.OrganizationRoleIds.Any(heldRoles.Contains);
}
