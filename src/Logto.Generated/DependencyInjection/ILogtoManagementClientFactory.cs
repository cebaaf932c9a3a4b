namespace Logto.Generated;

/// <summary>
/// Gets the Logto Management API clients registered with <c>AddLogtoManagementApi</c>, by name, for code that cannot
/// use keyed injection (<c>[FromKeyedServices("staging")] ILogtoManagementClient</c>). Registered as a singleton.
/// </summary>
public interface ILogtoManagementClientFactory
{
    /// <summary>
    /// Gets a client on the pipeline, token cache and options registered under <paramref name="name"/>. Each call
    /// returns a new, lightweight client on an HTTP client from IHttpClientFactory; nothing needs disposing.
    /// </summary>
    /// <param name="name">
    /// The name given to <c>AddLogtoManagementApi(name, ...)</c>, or <see cref="Microsoft.Extensions.Options.Options.DefaultName"/>
    /// (the empty string) for the client registered without a name.
    /// </param>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No client is registered under <paramref name="name"/>.</exception>
    ILogtoManagementClient Get(string name);
}
