namespace Logto.Generated;

/// <summary>Lists the third-party applications a user may sign in to.</summary>
public interface IThirdPartyApplicationsService
{
    /// <summary>What the shared catalog of per-application data holds: its age and how its background refresh goes.</summary>
    ThirdPartyApplicationCatalogStatus CatalogStatus { get; }

    /// <summary>
    /// The third-party applications that <paramref name="userId"/> may access under Logto's app-level access control, in
    /// the server's order, each with its login URL and branding. Costs the user's roles and organizations (2 Management
    /// API requests, plus one per further 100 roles; none while the user's entry is cached); the per-application data
    /// comes from the shared catalog, which only calls before the first load has finished wait for, at most
    /// <see cref="ThirdPartyApplicationsOptions.FirstLoadWait"/>.
    /// </summary>
    /// <param name="userId">The Logto user id.</param>
    /// <param name="cancellationToken">Cancels every request of the call.</param>
    /// <returns>The applications.</returns>
    /// <exception cref="ArgumentException">The user id is null, empty, blank, <c>.</c> or <c>..</c>; nothing is sent.</exception>
    /// <exception cref="LogtoApiException">A Management API request failed.</exception>
    /// <exception cref="ThirdPartyApplicationCatalogLoadingException">The first catalog load has not finished within <see cref="ThirdPartyApplicationsOptions.FirstLoadWait"/>.</exception>
    Task<IReadOnlyList<ThirdPartyApplication>> GetForUserAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Loads the catalog now, unless it is loaded, so that the first user does not wait for it.</summary>
    /// <param name="cancellationToken">Stops waiting (the load goes on).</param>
    /// <returns>A task that completes once the catalog is loaded.</returns>
    /// <exception cref="LogtoApiException">A Management API request failed.</exception>
    Task WarmUpAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Forgets the cached roles and organizations of one user (in every instance sharing the cache), say on Logto's
    /// <c>User.Data.Updated</c> or <c>Organization.Membership.Updated</c> webhook. Does nothing when the user cache is off.
    /// </summary>
    /// <param name="userId">The Logto user id.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes once the entry is removed.</returns>
    /// <exception cref="ArgumentException">The user id is null, empty or blank.</exception>
    Task InvalidateUserAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Forgets the cached roles and organizations of every user, say on Logto's <c>Role.*</c> webhooks, which can change
    /// many users at once. Does nothing when the user cache is off.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes once the entries are removed.</returns>
    Task InvalidateAllUsersAsync(CancellationToken cancellationToken = default);
}
