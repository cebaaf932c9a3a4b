namespace Logto.Generated;

/// <summary>
/// Logto's sign-in rule for an application with app-level access control: a user may access it when any one rule
/// holds (their id is listed, they hold a listed role, they belong to a listed organization, or they hold one of the
/// listed roles in the organization of an organization-role rule).
/// </summary>
internal static class ApplicationAccessRule
{
    /// <summary>Whether the user may access an application whose access control is enabled with these rules.</summary>
    public static bool IsGranted(ApplicationAccessControl rules, UserAccessProfile user) =>
        Contains(rules.UserIds, user.UserId)
        || Overlaps(rules.UserRoleIds, user.RoleIds)
        || (rules.OrganizationIds ?? []).Any(user.OrganizationRoleIds.ContainsKey)
        || (rules.OrganizationRoleRules ?? []).Any(rule => HoldsOrganizationRole(rule, user));

    private static bool HoldsOrganizationRole(ApplicationAccessControlOrganizationRoleRulesItem rule, UserAccessProfile user) =>
        rule.OrganizationId is not null
        && user.OrganizationRoleIds.TryGetValue(rule.OrganizationId, out var heldRoles)
        && Overlaps(rule.OrganizationRoleIds, heldRoles);

    private static bool Contains(IEnumerable<string>? listed, string value) =>
        listed is not null && listed.Contains(value, StringComparer.Ordinal);

    private static bool Overlaps(IEnumerable<string>? listed, IReadOnlySet<string> held) =>
        listed is not null && listed.Any(held.Contains);
}
