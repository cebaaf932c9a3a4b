using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Logto.Generated;

/// <summary>Registers the Logto Management API client with dependency injection and IHttpClientFactory.</summary>
public static class LogtoManagementServiceCollectionExtensions
{
    /// <summary>The name of the IHttpClientFactory client behind every API client.</summary>
    public const string HttpClientName = "Logto.Generated.ManagementApi";

    /// <summary>The name of the IHttpClientFactory client that requests tokens.</summary>
    public const string TokenHttpClientName = "Logto.Generated.TokenEndpoint";

    /// <summary>
    /// Registers <see cref="ILogtoManagementClient"/>, <see cref="LogtoManagementClient"/> and every <c>I*Client</c>
    /// (such as <see cref="IUsersClient"/>) as typed clients of IHttpClientFactory, with a singleton token cache,
    /// retries, timeouts and logging. The options are validated when the application starts.
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
        return AddCore(services);
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
        return AddCore(services);
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services)
    {
        if (services.Any(service => service.ServiceType == typeof(LogtoHttpPipeline)))
        {
            return services.AddHttpClient(HttpClientName);
        }

        services.AddOptions<LogtoManagementOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LogtoManagementOptions>, LogtoManagementOptionsValidator>());
        services.AddSingleton(CreatePipeline);
        services.TryAddSingleton(CreateTokenSource);

        services.AddHttpClient(TokenHttpClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigureAdditionalHttpMessageHandlers((handlers, provider) =>
                AddAll(handlers, provider.GetRequiredService<LogtoHttpPipeline>().CreateTokenHandlers()));

        var builder = services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                client.BaseAddress = provider.GetRequiredService<LogtoHttpPipeline>().Settings.ApiBaseAddress;
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigureAdditionalHttpMessageHandlers((handlers, provider) => AddAll(
                handlers, provider.GetRequiredService<LogtoHttpPipeline>().CreateApiHandlers(provider.GetRequiredService<ILogtoTokenSource>())));

        AddTypedClients(services);
        return builder;
    }

    private static void AddTypedClients(IServiceCollection services)
    {
        services.TryAddTransient(provider => new LogtoManagementClient(CreateApiHttpClient(provider)));
        services.TryAddTransient<ILogtoManagementClient>(provider => provider.GetRequiredService<LogtoManagementClient>());
        foreach (var (contract, implementation) in LogtoClientCatalog.Clients)
        {
            var factory = ActivatorUtilities.CreateFactory(implementation, [typeof(HttpClient)]);
            services.TryAddTransient(contract, provider => factory(provider, [CreateApiHttpClient(provider)]));
        }
    }

    private static HttpClient CreateApiHttpClient(IServiceProvider provider) =>
        provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);

    private static LogtoHttpPipeline CreatePipeline(IServiceProvider provider)
    {
        var settings = LogtoManagementSettings.FromValid(provider.GetRequiredService<IOptions<LogtoManagementOptions>>().Value);
        var timeProvider = settings.TimeProvider ?? provider.GetService<TimeProvider>() ?? TimeProvider.System;
        return new LogtoHttpPipeline(settings, provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance, timeProvider);
    }

    private static ILogtoTokenSource CreateTokenSource(IServiceProvider provider)
    {
        var pipeline = provider.GetRequiredService<LogtoHttpPipeline>();
        if (pipeline.Settings.TokenSource is { } own)
        {
            return own;
        }

        var httpClientFactory = provider.GetRequiredService<IHttpClientFactory>();
        return new ClientCredentialsTokenProvider(
            () => httpClientFactory.CreateClient(TokenHttpClientName), pipeline.Settings, pipeline.TimeProvider, pipeline.AuthenticationLogger);
    }

    private static void AddAll(IList<DelegatingHandler> handlers, IEnumerable<DelegatingHandler> added)
    {
        foreach (var handler in added)
        {
            handlers.Add(handler);
        }
    }
}
