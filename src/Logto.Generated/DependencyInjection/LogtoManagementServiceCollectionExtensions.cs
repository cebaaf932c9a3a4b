using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Logto.Generated;

/// <summary>
/// Registers Logto Management API clients with dependency injection and IHttpClientFactory: one unnamed client, and any
/// number of named ones (one per tenant, say) resolved as keyed services or through <see cref="ILogtoManagementClientFactory"/>.
/// </summary>
public static class LogtoManagementServiceCollectionExtensions
{
    /// <summary>The name of the IHttpClientFactory client behind every API client of the unnamed registration.</summary>
    internal const string HttpClientName = "Logto.Generated.ManagementApi";

    /// <summary>The name of the IHttpClientFactory client that requests the unnamed registration's tokens.</summary>
    internal const string TokenHttpClientName = "Logto.Generated.TokenEndpoint";

    /// <summary>The name of the IHttpClientFactory client behind the unnamed registration's <see cref="ILogtoPublicClient"/>.</summary>
    internal const string PublicHttpClientName = "Logto.Generated.PublicApi";

    /// <summary>The name of the IHttpClientFactory client behind the Account API clients of the unnamed registration's <see cref="ILogtoAccountClientFactory"/>.</summary>
    internal const string AccountHttpClientName = "Logto.Generated.AccountApi";

    /// <summary>
    /// Registers <see cref="ILogtoManagementClient"/> and every <c>I*Client</c> (such as <see cref="IUsersClient"/>) as
    /// typed clients of IHttpClientFactory, with a singleton token cache, retries, timeouts, logging and telemetry. The
    /// options are validated when the application starts. On the same endpoint and pipeline it also registers
    /// <see cref="ILogtoPublicClient"/> (no token) and <see cref="ILogtoAccountClientFactory"/> (a signed-in user's
    /// token), unless <c>AddLogtoPublicApi</c> or <c>AddLogtoAccountApi</c> registers them for the same name: a facade's
    /// own registration wins. Resolving one facade builds none of the others' HTTP clients or token source. The facades it hands out own nothing and are not disposable, so the container keeps none of them, even
    /// when they are resolved from the root provider; inject the interfaces.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the API's HTTP client, to add handlers or configure its primary handler.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHttpClientBuilder AddLogtoManagementApi(this IServiceCollection services, Action<LogtoManagementOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<LogtoManagementOptions>().Configure(configure);
        return AddCore(services, Options.DefaultName);
    }

    /// <summary>
    /// Registers the client as <see cref="AddLogtoManagementApi(IServiceCollection, Action{LogtoManagementOptions})"/>
    /// does, with options bound from a configuration section (keys named as the properties of
    /// <see cref="LogtoManagementOptions"/>, such as <c>Endpoint</c>, <c>ClientId</c>, <c>ClientSecret</c>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section, such as <c>configuration.GetSection("Logto")</c>.</param>
    /// <returns>The builder of the API's HTTP client.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHttpClientBuilder AddLogtoManagementApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<LogtoManagementOptions>().Bind(configuration);
        return AddCore(services, Options.DefaultName);
    }

    /// <summary>
    /// Registers a named client, such as one per Logto tenant. It has its own options (named options, validated when
    /// the application starts), token cache, IHttpClientFactory clients and resilience pipeline (configure their primary handler, for a proxy or
    /// client certificates, with <see cref="LogtoClientOptions.ConfigurePrimaryHandler"/>). Resolve it as a keyed service,
    /// <c>[FromKeyedServices("staging")] ILogtoManagementClient</c> (every <c>I*Client</c> too), or with
    /// <see cref="ILogtoManagementClientFactory.Create(string)"/>; its public client and Account API client factory the same
    /// way (keyed, or <see cref="ILogtoPublicClientFactory.Create(string)"/> and
    /// <see cref="ILogtoAccountClientFactory.Create(string, ILogtoTokenSource)"/>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name, such as <c>staging</c>; it is also the key of its services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of this client's API HTTP client.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static IHttpClientBuilder AddLogtoManagementApi(this IServiceCollection services, string name, Action<LogtoManagementOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<LogtoManagementOptions>(name).Configure(configure);
        return AddCore(services, name);
    }

    /// <summary>
    /// Registers a named client as <see cref="AddLogtoManagementApi(IServiceCollection, string, Action{LogtoManagementOptions})"/>
    /// does, with options bound from a configuration section such as <c>configuration.GetSection("Logto:Staging")</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name, such as <c>staging</c>; it is also the key of its services.</param>
    /// <param name="configuration">The section holding this client's options.</param>
    /// <returns>The builder of this client's API HTTP client.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static IHttpClientBuilder AddLogtoManagementApi(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<LogtoManagementOptions>(name).Bind(configuration);
        return AddCore(services, name);
    }

    /// <summary>The name of the IHttpClientFactory client behind the API clients registered under <paramref name="name"/>.</summary>
    /// <param name="name">The client's name, or the empty string for the unnamed client (<see cref="HttpClientName"/>).</param>
    /// <returns>The IHttpClientFactory name, to configure a proxy or a primary handler.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    internal static string GetHttpClientName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length == 0 ? HttpClientName : HttpClientName + ":" + name;
    }

    /// <summary>The name of the IHttpClientFactory client that requests the tokens of the client registered under <paramref name="name"/>.</summary>
    /// <param name="name">The client's name, or the empty string for the unnamed client (<see cref="TokenHttpClientName"/>).</param>
    /// <returns>The IHttpClientFactory name, to configure a proxy or a primary handler.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    internal static string GetTokenHttpClientName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length == 0 ? TokenHttpClientName : TokenHttpClientName + ":" + name;
    }

    /// <summary>The name of the IHttpClientFactory client behind the <see cref="ILogtoPublicClient"/> registered under <paramref name="name"/>.</summary>
    /// <param name="name">The client's name, or the empty string for the unnamed client (<see cref="PublicHttpClientName"/>).</param>
    /// <returns>The IHttpClientFactory name, to configure a proxy or a primary handler.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    internal static string GetPublicHttpClientName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length == 0 ? PublicHttpClientName : PublicHttpClientName + ":" + name;
    }

    /// <summary>The name of the IHttpClientFactory client behind the Account API clients of the <see cref="ILogtoAccountClientFactory"/> registered under <paramref name="name"/>.</summary>
    /// <param name="name">The client's name, or the empty string for the unnamed client (<see cref="AccountHttpClientName"/>).</param>
    /// <returns>The IHttpClientFactory name, to configure a proxy or a primary handler.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    internal static string GetAccountHttpClientName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length == 0 ? AccountHttpClientName : AccountHttpClientName + ":" + name;
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services, string name)
    {
        var registration = new LogtoManagementRegistration(name);
        if (registration.IsIn(services))
        {
            return services.AddHttpClient(registration.HttpClientName);
        }

        services.AddSingleton(registration);
        services.TryAddSingleton<ILogtoManagementClientFactory>(provider =>
            new LogtoManagementClientFactory(provider, provider.GetServices<LogtoManagementRegistration>()));
        services.AddOptions<LogtoManagementOptions>(name).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LogtoManagementOptions>, LogtoManagementOptionsValidator>());
        registration.TryAdd(services, typeof(LogtoHttpPipeline), ServiceLifetime.Singleton, provider => CreatePipeline(provider, name));
        registration.TryAdd(services, typeof(ILogtoTokenSource), ServiceLifetime.Singleton, provider => CreateTokenSource(provider, registration));

        services.AddHttpClient(registration.TokenHttpClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler((handler, provider) => ConfigurePrimaryHandler(handler, provider, registration))
            .ConfigureAdditionalHttpMessageHandlers((handlers, provider) =>
                AddAll(handlers, registration.Resolve<LogtoHttpPipeline>(provider).CreateTokenHandlers()));

        var builder = LogtoFacadeRegistration.AddPipelineClient(services, registration.HttpClientName, registration.Resolve<LogtoHttpPipeline>, (provider, pipeline) =>
            pipeline.CreateApiHandlers(registration.Resolve<ILogtoTokenSource>(provider)));

        AddTypedClients(services, registration);
        AddUserAndPublicClients(services, registration);
        return builder;
    }

    /// <summary>
    /// The public client and the Account API client factory, on the registration's pipeline: without authentication,
    /// and with each request's user tokens. A facade's own registration of the same name wins over these.
    /// </summary>
    private static void AddUserAndPublicClients(IServiceCollection services, LogtoManagementRegistration registration)
    {
        LogtoFacadeRegistration.Add(services, new LogtoFacadeTarget(LogtoFacade.Public, registration.Name, registration.PublicHttpClientName, registration.Resolve<LogtoHttpPipeline>));
        LogtoFacadeRegistration.Add(services, new LogtoFacadeTarget(LogtoFacade.Account, registration.Name, registration.AccountHttpClientName, registration.Resolve<LogtoHttpPipeline>));
    }

    /// <summary>The facade and every generated client, transient, on a new HTTP client of the registration.</summary>
    private static void AddTypedClients(IServiceCollection services, LogtoManagementRegistration registration)
    {
        registration.TryAdd(services, typeof(ILogtoManagementClient), ServiceLifetime.Transient, registration.CreateClient);
        foreach (var (contract, implementation) in LogtoClientCatalog.Clients)
        {
            var factory = ActivatorUtilities.CreateFactory(implementation, [typeof(HttpClient)]);
            registration.TryAdd(services, contract, ServiceLifetime.Transient, provider => factory(provider, [registration.CreateHttpClient(provider)]));
        }
    }

    /// <summary>The tenant's one hook on the primary handler of each of its HTTP clients.</summary>
    private static void ConfigurePrimaryHandler(HttpMessageHandler handler, IServiceProvider provider, LogtoManagementRegistration registration) =>
        registration.Resolve<LogtoHttpPipeline>(provider).Settings.ConfigurePrimaryHandler?.Invoke(handler);

    private static LogtoHttpPipeline CreatePipeline(IServiceProvider provider, string name) =>
        PipelineFor(provider, provider.GetRequiredService<IOptionsMonitor<LogtoManagementOptions>>().Get(name));

    /// <summary>The pipeline of validated options, on the clock and loggers of the container.</summary>
    internal static LogtoHttpPipeline PipelineFor(IServiceProvider provider, LogtoClientOptions options)
    {
        var settings = LogtoManagementSettings.FromValid(options);
        var timeProvider = settings.TimeProvider ?? provider.GetService<TimeProvider>() ?? TimeProvider.System;
        return new LogtoHttpPipeline(settings, provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance, timeProvider);
    }

    private static ILogtoTokenSource CreateTokenSource(IServiceProvider provider, LogtoManagementRegistration registration)
    {
        var pipeline = registration.Resolve<LogtoHttpPipeline>(provider);
        if (pipeline.Settings.TokenSource is { } own)
        {
            return own;
        }

        var httpClientFactory = provider.GetRequiredService<IHttpClientFactory>();
        return new ClientCredentialsTokenProvider(
            () => httpClientFactory.CreateClient(registration.TokenHttpClientName), pipeline.Settings, pipeline.TimeProvider, pipeline.AuthenticationLogger);
    }

    private static void AddAll(IList<DelegatingHandler> handlers, IEnumerable<DelegatingHandler> added)
    {
        foreach (var handler in added)
        {
            handlers.Add(handler);
        }
    }
}
