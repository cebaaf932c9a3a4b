namespace Logto.Generated;

/// <summary>
/// Creates the Logto Management API clients registered with <c>AddLogtoManagementApi</c>, by name, for code that cannot
/// use keyed injection (<c>[FromKeyedServices("staging")] ILogtoManagementClient</c>). Registered as a singleton. Its
/// twins take the same verb: <see cref="ILogtoPublicClientFactory.Create(string)"/> and
/// <see cref="ILogtoAccountClientFactory.Create(string, ILogtoTokenSource)"/>.
/// </summary>
public interface ILogtoManagementClientFactory
{
    /// <summary>
    /// Creates a client on the pipeline, token cache and options registered under <paramref name="name"/>. Each call
    /// returns a new, lightweight client on an HTTP client from IHttpClientFactory; nothing needs disposing. Nothing of
    /// the name's public or account clients is built.
    /// </summary>
    /// <param name="name">
    /// The name given to <c>AddLogtoManagementApi(name, ...)</c>, or <see cref="Microsoft.Extensions.Options.Options.DefaultName"/>
    /// (the empty string) for the client registered without a name.
    /// </param>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No client is registered under <paramref name="name"/>.</exception>
    ILogtoManagementClient Create(string name);
}
