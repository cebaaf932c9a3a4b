namespace Logto.Generated;

/// <summary>Lists the third-party applications a user may sign in to.</summary>
public interface IThirdPartyApplicationsService
{
    /// <summary>
    /// The third-party applications that <paramref name="userId"/> may access under Logto's app-level access control, in
    /// the server's order, each with its login URL and branding.
    /// </summary>
    /// <param name="userId">The Logto user id.</param>
    /// <param name="cancellationToken">Cancels every request of the call.</param>
    /// <returns>The applications.</returns>
    /// <exception cref="ArgumentException">The user id is null, empty, blank, <c>.</c> or <c>..</c>; nothing is sent.</exception>
    /// <exception cref="LogtoApiException">A Management API request failed.</exception>
    Task<IReadOnlyList<ThirdPartyApplication>> GetForUserAsync(string userId, CancellationToken cancellationToken = default);
}
