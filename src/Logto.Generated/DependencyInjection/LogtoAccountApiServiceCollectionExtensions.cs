using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Logto.Generated;

/// <summary>
/// Registers only <see cref="ILogtoAccountClientFactory"/>, which creates Account API clients that send a signed-in
/// user's token, with dependency injection and IHttpClientFactory. It needs no machine-to-machine credentials: only the
/// endpoint and, if you wish, the retries, timeouts and primary handler of <see cref="LogtoClientOptions"/> are read and
/// validated. Creating an account client builds nothing of the Management API or the public client (no token source,
/// no token cache, no other HTTP client).
/// </summary>
public static class LogtoAccountApiServiceCollectionExtensions
{
    /// <summary>Registers the unnamed Account API client factory on <paramref name="endpoint"/>, with the default retries and timeouts.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="endpoint">The Logto endpoint, such as <c>https://tenant.logto.app</c>.</param>
    /// <returns>The builder of the HTTP client whose pooled handlers the account clients share.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHttpClientBuilder AddLogtoAccountApi(this IServiceCollection services, Uri endpoint) =>
        LogtoFacadeRegistration.AddOwn(services, LogtoFacade.Account, Options.DefaultName, endpoint, (options, uri) => options.Configure(o => o.Endpoint = uri));

    /// <summary>Registers the unnamed Account API client factory with the given options, validated when the application starts.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the HTTP client whose pooled handlers the account clients share.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHttpClientBuilder AddLogtoAccountApi(this IServiceCollection services, Action<LogtoClientOptions> configure) =>
        LogtoFacadeRegistration.AddOwn(services, LogtoFacade.Account, Options.DefaultName, configure, (options, action) => options.Configure(action));

    /// <summary>Registers the unnamed Account API client factory with options bound from a configuration section (<c>Endpoint</c>, ...).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section, such as <c>configuration.GetSection("Logto")</c>.</param>
    /// <returns>The builder of the HTTP client whose pooled handlers the account clients share.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHttpClientBuilder AddLogtoAccountApi(this IServiceCollection services, IConfiguration configuration) =>
        LogtoFacadeRegistration.AddOwn(services, LogtoFacade.Account, Options.DefaultName, configuration, (options, section) => options.Bind(section));

    /// <summary>
    /// Registers a named Account API client factory, such as one per tenant, resolved as the keyed service
    /// <c>[FromKeyedServices("staging")] ILogtoAccountClientFactory</c>, or used through the plain factory's
    /// <see cref="ILogtoAccountClientFactory.Create(string, ILogtoTokenSource)"/>. Its options are the named
    /// <see cref="LogtoClientOptions"/> of <paramref name="name"/>, which <c>AddLogtoPublicApi(name, ...)</c> shares; its
    /// pipeline is its own. For a name that <c>AddLogtoManagementApi</c> registers too, these clients win over the ones
    /// that registration adds.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The registration's name; it is also the key of its factory.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the HTTP client whose pooled handlers this name's account clients share.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static IHttpClientBuilder AddLogtoAccountApi(this IServiceCollection services, string name, Action<LogtoClientOptions> configure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return LogtoFacadeRegistration.AddOwn(services, LogtoFacade.Account, name, configure, (options, action) => options.Configure(action));
    }
}
