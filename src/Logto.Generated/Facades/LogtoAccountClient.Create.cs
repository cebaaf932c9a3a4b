namespace Logto.Generated;

public partial class LogtoAccountClient
{
    /// <summary>
    /// Creates an Account API client that sends a signed-in user's access token, from <paramref name="userAccessTokens"/>,
    /// as <c>Authorization: Bearer</c>, and asks it for a new one once when Logto answers 401. Create one per user (or
    /// per request): it is cheap, and it owns nothing that needs disposing.
    /// </summary>
    /// <param name="endpoint">The Logto endpoint, such as <c>https://tenant.logto.app</c>.</param>
    /// <param name="userAccessTokens">The user's access tokens (for the Account API resource), e.g. from <see cref="LogtoTokenSource.FromDelegate"/>.</param>
    /// <param name="innerHandler">Sends the requests; share one for the application (a <see cref="SocketsHttpHandler"/>, say). It is not disposed.</param>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="endpoint"/> is not an absolute http(s) URI.</exception>
    public static LogtoAccountClient Create(Uri endpoint, ILogtoTokenSource userAccessTokens, HttpMessageHandler innerHandler)
    {
        ArgumentNullException.ThrowIfNull(userAccessTokens);
        ArgumentNullException.ThrowIfNull(innerHandler);
        var authenticated = new LogtoAuthenticationHandler(userAccessTokens) { InnerHandler = innerHandler };
        return new LogtoAccountClient(LogtoFacadeHttp.CreateClient(endpoint, authenticated));
    }
}

public partial class LogtoPublicClient
{
    /// <summary>Creates a client for the operations that take no token; it sends no <c>Authorization</c> header.</summary>
    /// <param name="endpoint">The Logto endpoint, such as <c>https://tenant.logto.app</c>.</param>
    /// <param name="innerHandler">Sends the requests; share one for the application. It is not disposed.</param>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="endpoint"/> is not an absolute http(s) URI.</exception>
    public static LogtoPublicClient Create(Uri endpoint, HttpMessageHandler innerHandler)
    {
        ArgumentNullException.ThrowIfNull(innerHandler);
        return new LogtoPublicClient(LogtoFacadeHttp.CreateClient(endpoint, innerHandler));
    }
}

/// <summary>The HTTP client behind a facade created without dependency injection.</summary>
internal static class LogtoFacadeHttp
{
    public static HttpClient CreateClient(Uri endpoint, HttpMessageHandler handler)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The endpoint must be an absolute http(s) URI.", nameof(endpoint));
        }

        return new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/") };
    }
}
