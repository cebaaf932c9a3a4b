namespace Logto.Generated;

/// <summary>
/// Creates the public clients (<see cref="ILogtoPublicClient"/>, no token) registered with <c>AddLogtoPublicApi</c> or
/// <c>AddLogtoManagementApi</c>, by name, for code that cannot use keyed injection
/// (<c>[FromKeyedServices("staging")] ILogtoPublicClient</c>). Registered as a singleton.
/// </summary>
public interface ILogtoPublicClientFactory
{
    /// <summary>
    /// Creates a public client on the endpoint and pipeline registered under <paramref name="name"/>. Each call returns
    /// a new, lightweight client on an HTTP client from IHttpClientFactory; nothing needs disposing. Nothing of the
    /// name's Management API client (token source, token cache) is built. When both <c>AddLogtoPublicApi</c> and
    /// <c>AddLogtoManagementApi</c> register the name, the client is <c>AddLogtoPublicApi</c>'s.
    /// </summary>
    /// <param name="name">
    /// The name of the registration, or <see cref="Microsoft.Extensions.Options.Options.DefaultName"/> (the empty string)
    /// for the one made without a name.
    /// </param>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No public client is registered under <paramref name="name"/>.</exception>
    ILogtoPublicClient Create(string name);
}
