namespace Logto.Generated;

/// <summary>
/// Carries a user's token source on each request of an Account API client created by dependency injection: the
/// client's outermost handler (<see cref="Stamp"/>) sets it, and the pooled authentication handler further in reads it
/// (<see cref="Of"/>). Retries resend the same request, so they keep the user's token source.
/// </summary>
internal static class LogtoUserTokens
{
    private static readonly HttpRequestOptionsKey<ILogtoTokenSource> Key = new("Logto.Generated.UserAccessTokens");

    /// <summary>The token source set on <paramref name="request"/>.</summary>
    /// <exception cref="InvalidOperationException">The request did not come through an Account API client.</exception>
    public static ILogtoTokenSource Of(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out var tokenSource)
            ? tokenSource
            : throw new InvalidOperationException("This HTTP client sends the Account API requests of ILogtoAccountClientFactory; create an account client with it instead of using the HTTP client directly.");

    /// <summary>Sets <paramref name="tokenSource"/> on every request, in front of <paramref name="innerHandler"/>.</summary>
    public static DelegatingHandler Stamp(ILogtoTokenSource tokenSource, HttpMessageHandler innerHandler) =>
        new StampHandler(tokenSource) { InnerHandler = innerHandler };

    private sealed class StampHandler(ILogtoTokenSource tokenSource) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Options.Set(Key, tokenSource);
            return base.SendAsync(request, cancellationToken);
        }

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Options.Set(Key, tokenSource);
            return base.Send(request, cancellationToken);
        }
    }
}
