namespace Logto.Generated;

/// <summary>
/// Creates Account API clients for signed-in users, on the pipeline of a client registered with
/// <c>AddLogtoManagementApi</c> (its endpoint, retries, timeouts, logging and telemetry). A user's token belongs to the
/// request, so this is a factory, not a client. Registered as a singleton; a named client's factory is a keyed
/// service: <c>[FromKeyedServices("staging")] ILogtoAccountClientFactory</c>.
/// </summary>
public interface ILogtoAccountClientFactory
{
    /// <summary>
    /// Creates a client that sends the user's access token from <paramref name="userAccessTokens"/> as
    /// <c>Authorization: Bearer</c> and asks for a new one once when Logto answers 401. It is lightweight, built on
    /// IHttpClientFactory's pooled handlers: create one per request, and nothing needs disposing.
    /// </summary>
    /// <param name="userAccessTokens">The user's access tokens (for the Account API resource), e.g. from <see cref="LogtoTokenSource.FromDelegate"/>.</param>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="userAccessTokens"/> is null.</exception>
    ILogtoAccountClient Create(ILogtoTokenSource userAccessTokens);
}
