namespace Logto.Generated;

/// <summary>
/// Supplies the access tokens that authenticate calls to the Logto Management API. The default is
/// <see cref="ClientCredentialsTokenProvider"/>; implement this interface (or use
/// <see cref="LogtoTokenSource.FromDelegate"/>) to bring your own authentication.
/// </summary>
public interface ILogtoTokenSource
{
    /// <summary>Gets an access token to send as <c>Authorization: Bearer</c>, from a cache when it is still fresh.</summary>
    /// <param name="cancellationToken">Cancels the wait for the token.</param>
    /// <returns>The access token.</returns>
    ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Gets a token other than one the API has just rejected with HTTP 401. Implementations renew the token unless
    /// it has already been renewed since, so that many concurrent rejections cause a single renewal.
    /// </summary>
    /// <param name="rejectedAccessToken">The token the API rejected.</param>
    /// <param name="cancellationToken">Cancels the wait for the token.</param>
    /// <returns>The renewed access token.</returns>
    ValueTask<string> RenewAccessTokenAsync(string rejectedAccessToken, CancellationToken cancellationToken);
}
