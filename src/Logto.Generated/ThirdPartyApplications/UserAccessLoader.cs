namespace Logto.Generated;

/// <summary>Fetches, once per call, what the access rules need about the user.</summary>
internal static class UserAccessLoader
{
    /// <summary>
    /// Every page of the user's roles and the user's organizations with their organization roles (Logto returns that
    /// list whole, unpaged), through the call's <see cref="RequestScope"/>.
    /// </summary>
    public static async Task<UserAccessProfile> LoadAsync(IUsersClient users, string userId, RequestScope scope)
    {
        var list = users.ListUserRolesAsync(userId);
        var roles = CollectAsync(new LogtoPageable<Role>((page, _, _) => scope.SendAsync(token => list.GetPageAsync(page, token)), list.PageSize, scope.Token));
        var organizations = scope.SendAsync(token => users.ListUserOrganizationsAsync(userId, cancellationToken: token));
        await Task.WhenAll(roles, organizations).ConfigureAwait(false);
        return UserAccessProfile.From(userId, await roles.ConfigureAwait(false), await organizations.ConfigureAwait(false) ?? []);
    }

    private static async Task<List<Role>> CollectAsync(IAsyncEnumerable<Role> roles)
    {
        var collected = new List<Role>();
        await foreach (var role in roles.ConfigureAwait(false))
        {
            collected.Add(role);
        }

        return collected;
    }
}
