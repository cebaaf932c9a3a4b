namespace Logto.Generated;

/// <summary>What the access rules look at about one user: their id, roles and organization memberships.</summary>
internal sealed class UserAccessProfile
{
    public UserAccessProfile(string userId, IEnumerable<string> roleIds, IReadOnlyDictionary<string, IReadOnlySet<string>> organizationRoleIds)
    {
        UserId = userId;
        RoleIds = new HashSet<string>(roleIds, StringComparer.Ordinal);
        OrganizationRoleIds = organizationRoleIds;
    }

    public string UserId { get; }

    /// <summary>The ids of the user's (global) roles.</summary>
    public IReadOnlySet<string> RoleIds { get; }

    /// <summary>The organizations the user is a member of, each with the ids of the user's roles in it.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> OrganizationRoleIds { get; }

    public static UserAccessProfile From(string userId, IEnumerable<Role> roles, IEnumerable<OrganizationWithRoles> organizations)
    {
        var memberships = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var organization in organizations)
        {
            var roleIds = organization.OrganizationRoles?.Select(role => role.Id) ?? [];
            memberships[organization.Id] = new HashSet<string>(roleIds, StringComparer.Ordinal);
        }

        return new UserAccessProfile(userId, roles.Select(role => role.Id), memberships);
    }
}
