using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Logto.Generated;

/// <summary>
/// Registers only <see cref="ILogtoPublicClient"/>, the operations that need no token (well-known endpoints, status,
/// the sign-in experience), with dependency injection and IHttpClientFactory, and <see cref="ILogtoPublicClientFactory"/>
/// to create it by name. It needs no machine-to-machine credentials: only the endpoint and, if you wish, the retries,
/// timeouts and primary handler of <see cref="LogtoClientOptions"/> are read and validated. Resolving the public client
/// builds nothing of the Management API or the Account API (no token source, no token cache, no other HTTP client).
/// </summary>
public static class LogtoPublicApiServiceCollectionExtensions
{
    /// <summary>Registers the unnamed public client on <paramref name="endpoint"/>, with the default retries and timeouts.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="endpoint">The Logto endpoint, such as <c>https://tenant.logto.app</c>.</param>
    /// <returns>The builder of the public client's HTTP client.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHttpClientBuilder AddLogtoPublicApi(this IServiceCollection services, Uri endpoint) =>
        LogtoFacadeRegistration.AddOwn(services, LogtoFacade.Public, Options.DefaultName, endpoint, (options, uri) => options.Configure(o => o.Endpoint = uri));

    /// <summary>Registers the unnamed public client with the given options, validated when the application starts.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the public client's HTTP client.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHttpClientBuilder AddLogtoPublicApi(this IServiceCollection services, Action<LogtoClientOptions> configure) =>
        LogtoFacadeRegistration.AddOwn(services, LogtoFacade.Public, Options.DefaultName, configure, (options, action) => options.Configure(action));

    /// <summary>Registers the unnamed public client with options bound from a configuration section (<c>Endpoint</c>, ...).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section, such as <c>configuration.GetSection("Logto")</c>.</param>
    /// <returns>The builder of the public client's HTTP client.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHttpClientBuilder AddLogtoPublicApi(this IServiceCollection services, IConfiguration configuration) =>
        LogtoFacadeRegistration.AddOwn(services, LogtoFacade.Public, Options.DefaultName, configuration, (options, section) => options.Bind(section));

    /// <summary>
    /// Registers a named public client, such as one per tenant, resolved as the keyed service
    /// <c>[FromKeyedServices("staging")] ILogtoPublicClient</c> or with <see cref="ILogtoPublicClientFactory.Create(string)"/>.
    /// Its options are the named <see cref="LogtoClientOptions"/> of <paramref name="name"/>, which
    /// <c>AddLogtoAccountApi(name, ...)</c> shares; its pipeline is its own. For a name that <c>AddLogtoManagementApi</c>
    /// registers too, this client wins over the one that registration adds.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name; it is also the key of its service.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of this public client's HTTP client.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static IHttpClientBuilder AddLogtoPublicApi(this IServiceCollection services, string name, Action<LogtoClientOptions> configure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return LogtoFacadeRegistration.AddOwn(services, LogtoFacade.Public, name, configure, (options, action) => options.Configure(action));
    }
}
