namespace Logto.Generated;

/// <summary>
/// Creates Account API clients for signed-in users, on the endpoint and pipeline (retries, timeouts, logging and
/// telemetry) of a registration made with <c>AddLogtoAccountApi</c> or <c>AddLogtoManagementApi</c>. A user's token
/// belongs to the request, so this is a factory, not a client. Registered as a singleton; a named registration's factory
/// is also a keyed service, <c>[FromKeyedServices("staging")] ILogtoAccountClientFactory</c>, whose
/// <see cref="Create(ILogtoTokenSource)"/> uses that name.
/// </summary>
public interface ILogtoAccountClientFactory
{
    /// <summary>
    /// Creates a client on this factory's registration (the unnamed one, or the name it is keyed by) that sends the
    /// user's access token from <paramref name="userAccessTokens"/> as <c>Authorization: Bearer</c> and asks for a new
    /// one once when Logto answers 401. It is lightweight, built on IHttpClientFactory's pooled handlers: create one per
    /// request, and nothing needs disposing.
    /// </summary>
    /// <param name="userAccessTokens">The user's access tokens (for the Account API resource), e.g. from <see cref="LogtoTokenSource.FromDelegate"/>.</param>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="userAccessTokens"/> is null.</exception>
    /// <exception cref="InvalidOperationException">
    /// This is the plain (not keyed) factory and only named registrations exist; use <see cref="Create(string, ILogtoTokenSource)"/>.
    /// </exception>
    ILogtoAccountClient Create(ILogtoTokenSource userAccessTokens);

    /// <summary>
    /// Creates a client, as <see cref="Create(ILogtoTokenSource)"/> does, on the registration named
    /// <paramref name="name"/>: the same verb as <see cref="ILogtoManagementClientFactory.Create(string)"/> and
    /// <see cref="ILogtoPublicClientFactory.Create(string)"/>. Nothing of the name's Management API client is built.
    /// When both <c>AddLogtoAccountApi</c> and <c>AddLogtoManagementApi</c> register the name, the client is
    /// <c>AddLogtoAccountApi</c>'s.
    /// </summary>
    /// <param name="name">
    /// The name of the registration, or <see cref="Microsoft.Extensions.Options.Options.DefaultName"/> (the empty string)
    /// for the one made without a name.
    /// </param>
    /// <param name="userAccessTokens">The user's access tokens (for the Account API resource).</param>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="userAccessTokens"/> is null.</exception>
    /// <exception cref="ArgumentException">No Account API client is registered under <paramref name="name"/>.</exception>
    ILogtoAccountClient Create(string name, ILogtoTokenSource userAccessTokens);
}
