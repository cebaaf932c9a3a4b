namespace Logto.Generated;

/// <summary>Creates <see cref="ILogtoTokenSource"/> instances from your own code.</summary>
public static class LogtoTokenSource
{
    /// <summary>
    /// Wraps a delegate that returns an access token. It is called for every request and again, once, when the API
    /// rejects a token with HTTP 401, so it should cache tokens itself.
    /// </summary>
    /// <param name="getAccessToken">Returns a current access token for the Logto Management API.</param>
    /// <returns>A token source that calls the delegate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="getAccessToken"/> is null.</exception>
    public static ILogtoTokenSource FromDelegate(Func<CancellationToken, ValueTask<string>> getAccessToken)
    {
        ArgumentNullException.ThrowIfNull(getAccessToken);
        return new DelegateTokenSource(getAccessToken);
    }

    private sealed class DelegateTokenSource(Func<CancellationToken, ValueTask<string>> getAccessToken) : ILogtoTokenSource
    {
        public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) => getAccessToken(cancellationToken);

        public ValueTask<string> RenewAccessTokenAsync(string rejectedAccessToken, CancellationToken cancellationToken) =>
            getAccessToken(cancellationToken);
    }
}
