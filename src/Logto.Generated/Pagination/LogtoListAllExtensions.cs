using System.Globalization;

namespace Logto.Generated;

/// <summary>
/// Every item of the most used Logto lists, fetched lazily page by page (see <see cref="LogtoPaging"/>). Any other
/// paged operation works the same way through <see cref="LogtoPaging.EnumerateAsync{T}"/>.
/// </summary>
public static class LogtoListAllExtensions
{
    /// <summary>Every user (<c>GET /api/users</c>), optionally filtered by a search.</summary>
    /// <param name="users">The users client.</param>
    /// <param name="search">The search, or null for all users.</param>
    /// <param name="pageSize">The page size, 1 to 100.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The users, in the server's order.</returns>
    public static IAsyncEnumerable<User> ListAllUsersAsync(
        this IUsersClient users, LogtoSearch? search = null, int pageSize = LogtoPaging.DefaultPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(users);
        return LogtoPaging.EnumerateAsync((page, size, ct) => users.ListUsersAsync(page, size, search, ct), pageSize, cancellationToken);
    }

    /// <summary>Every application (<c>GET /api/applications</c>), optionally filtered.</summary>
    /// <param name="applications">The applications client.</param>
    /// <param name="types">Only these types (sent as repeated <c>types</c> keys), or null for every type.</param>
    /// <param name="isThirdParty">Only third-party (true) or first-party (false) applications, or null for both.</param>
    /// <param name="search">The search, or null.</param>
    /// <param name="pageSize">The page size, 1 to 100.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The applications, in the server's order.</returns>
    public static IAsyncEnumerable<Application> ListAllApplicationsAsync(
        this IApplicationsClient applications,
        IEnumerable<ApplicationType>? types = null,
        bool? isThirdParty = null,
        LogtoSearch? search = null,
        int pageSize = LogtoPaging.DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(applications);
        return LogtoPaging.EnumerateAsync(
            (page, size, ct) => applications.ListApplicationsAsync(types, null, null, isThirdParty, page, size, search, ct), pageSize, cancellationToken);
    }

    /// <summary>Every role (<c>GET /api/roles</c>), optionally of one type and filtered by a search.</summary>
    /// <param name="roles">The roles client.</param>
    /// <param name="type">Only roles of this type, or null for both.</param>
    /// <param name="search">The search, or null.</param>
    /// <param name="pageSize">The page size, 1 to 100.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The roles, in the server's order.</returns>
    public static IAsyncEnumerable<RoleWithUsage> ListAllRolesAsync(
        this IRolesClient roles, RoleType? type = null, LogtoSearch? search = null, int pageSize = LogtoPaging.DefaultPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return LogtoPaging.EnumerateAsync(
            (page, size, ct) => roles.ListRolesAsync(null, null, type, page, size, search, ct), pageSize, cancellationToken);
    }

    /// <summary>Every organization (<c>GET /api/organizations</c>), optionally filtered by a keyword.</summary>
    /// <param name="organizations">The organizations client.</param>
    /// <param name="keyword">The <c>q</c> keyword, or null.</param>
    /// <param name="pageSize">The page size, 1 to 100.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The organizations, in the server's order.</returns>
    public static IAsyncEnumerable<OrganizationWithFeaturedUsers> ListAllOrganizationsAsync(
        this IOrganizationsClient organizations, string? keyword = null, int pageSize = LogtoPaging.DefaultPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        return LogtoPaging.EnumerateAsync(
            (page, size, ct) => organizations.ListOrganizationsAsync(keyword, null, page, size, ct), pageSize, cancellationToken);
    }

    /// <summary>Every member of an organization (<c>GET /api/organizations/{id}/users</c>), with their organization roles.</summary>
    /// <param name="organizations">The organizations client.</param>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="keyword">The <c>q</c> keyword, or null.</param>
    /// <param name="pageSize">The page size, 1 to 100.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The members, in the server's order.</returns>
    /// <exception cref="ArgumentException">The organization id is null or empty.</exception>
    public static IAsyncEnumerable<UserWithOrganizationRoles> ListAllOrganizationUsersAsync(
        this IOrganizationsClient organizations, string organizationId, string? keyword = null, int pageSize = LogtoPaging.DefaultPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        ArgumentException.ThrowIfNullOrEmpty(organizationId);
        return LogtoPaging.EnumerateAsync(
            (page, size, ct) => organizations.ListOrganizationUsersAsync(organizationId, keyword, null, page, size, ct), pageSize, cancellationToken);
    }

    /// <summary>
    /// Every audit log entry (<c>GET /api/logs</c>). With <paramref name="capTotal"/>, Logto stops counting at about 10,000
    /// rows (<c>enableCap=true</c>) and the walk ends on the first empty page.
    /// </summary>
    /// <param name="logs">The audit logs client.</param>
    /// <param name="userId">Only entries of this user, or null.</param>
    /// <param name="applicationId">Only entries of this application, or null.</param>
    /// <param name="logKey">Only entries with this key, such as <c>ExchangeTokenBy.ClientCredentials</c>, or null.</param>
    /// <param name="capTotal">Whether to let the server cap its count, which is faster on large tenants.</param>
    /// <param name="since">Only entries created at or after this moment (<c>start_time</c>, inclusive), or null.</param>
    /// <param name="until">Only entries created at or before this moment (<c>end_time</c>, inclusive), or null.</param>
    /// <param name="pageSize">The page size, 1 to 100.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The entries, in the server's order (newest first).</returns>
    public static IAsyncEnumerable<AuditLog> ListAllLogsAsync(
        this IAuditLogsClient logs,
        string? userId = null,
        string? applicationId = null,
        string? logKey = null,
        bool capTotal = false,
        DateTimeOffset? since = null,
        DateTimeOffset? until = null,
        int pageSize = LogtoPaging.DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(logs);
        var enableCap = capTotal ? "true" : null;
        var startTime = UnixMilliseconds(since);
        var endTime = UnixMilliseconds(until);
        return LogtoPaging.EnumerateAsync(
            (page, size, ct) => logs.ListLogsAsync(userId, applicationId, logKey, enableCap, startTime, endTime, page, size, ct), pageSize, cancellationToken);
    }

    private static string? UnixMilliseconds(DateTimeOffset? moment) =>
        moment?.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
}
