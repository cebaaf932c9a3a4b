using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Logto.Generated;

/// <summary>
/// Registers only <see cref="ILogtoPublicClient"/>, the operations that need no token (well-known endpoints, status,
/// the sign-in experience), with dependency injection and IHttpClientFactory. It needs no machine-to-machine
/// credentials: only the endpoint and, if you wish, the retries, timeouts and primary handler of
/// <see cref="LogtoClientOptions"/> are read and validated. Resolving the public client builds nothing of the
/// Management API (no token source, no token cache).
/// </summary>
public static class LogtoPublicApiServiceCollectionExtensions
{
    private const string HttpClientPrefix = "Logto.Generated.PublicOnly";

    /// <summary>Registers the unnamed public client on <paramref name="endpoint"/>, with the default retries and timeouts.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="endpoint">The Logto endpoint, such as <c>https://tenant.logto.app</c>.</param>
    /// <returns>The builder of the public client's HTTP client.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHttpClientBuilder AddLogtoPublicApi(this IServiceCollection services, Uri endpoint) =>
        Add(services, Options.DefaultName, endpoint, (options, uri) => options.Configure(o => o.Endpoint = uri));

    /// <summary>Registers the unnamed public client with the given options, validated when the application starts.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the public client's HTTP client.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHttpClientBuilder AddLogtoPublicApi(this IServiceCollection services, Action<LogtoClientOptions> configure) =>
        Add(services, Options.DefaultName, configure, (options, action) => options.Configure(action));

    /// <summary>Registers the unnamed public client with options bound from a configuration section (<c>Endpoint</c>, ...).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section, such as <c>configuration.GetSection("Logto")</c>.</param>
    /// <returns>The builder of the public client's HTTP client.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHttpClientBuilder AddLogtoPublicApi(this IServiceCollection services, IConfiguration configuration) =>
        Add(services, Options.DefaultName, configuration, (options, section) => options.Bind(section));

    /// <summary>
    /// Registers a named public client, such as one per tenant, resolved as the keyed service
    /// <c>[FromKeyedServices("staging")] ILogtoPublicClient</c>, as the named Management API clients are.
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
        return Add(services, name, configure, (options, action) => options.Configure(action));
    }

    /// <summary>Checks the arguments, applies the options source to the named options, and registers the client.</summary>
    private static IHttpClientBuilder Add<TSource>(IServiceCollection services, string name, TSource source, Action<OptionsBuilder<LogtoClientOptions>, TSource> apply,
        [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(source))] string? sourceName = null)
        where TSource : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(source, sourceName);
        apply(services.AddOptions<LogtoClientOptions>(name), source);

        var httpClientName = name.Length == 0 ? HttpClientPrefix : HttpClientPrefix + ":" + name;
        var registration = new LogtoManagementRegistration(name);
        var builder = services.AddHttpClient(httpClientName);
        if (services.Any(s => s.ServiceType == typeof(PublicPipeline) && Equals(s.ServiceKey, registration.ServiceKey)))
        {
            return builder;
        }

        services.AddOptions<LogtoClientOptions>(name).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LogtoClientOptions>, LogtoClientOptionsValidator>());
        registration.TryAdd(services, typeof(PublicPipeline), ServiceLifetime.Singleton, provider => new PublicPipeline(CreatePipeline(provider, name)));
        builder
            .ConfigureHttpClient((provider, client) =>
            {
                client.BaseAddress = registration.Resolve<PublicPipeline>(provider).Pipeline.Settings.ApiBaseAddress;
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler((handler, provider) => registration.Resolve<PublicPipeline>(provider).Pipeline.Settings.ConfigurePrimaryHandler?.Invoke(handler))
            .ConfigureAdditionalHttpMessageHandlers((handlers, provider) =>
            {
                foreach (var handler in registration.Resolve<PublicPipeline>(provider).Pipeline.CreateApiHandlers(tokenSource: null))
                {
                    handlers.Add(handler);
                }
            });

        // A Management API registration of the same name, made first, keeps its own public client.
        registration.TryAdd(services, typeof(ILogtoPublicClient), ServiceLifetime.Transient, provider =>
            new UnownedLogtoPublicClient(provider.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName)));
        return builder;
    }

    private static LogtoHttpPipeline CreatePipeline(IServiceProvider provider, string name) =>
        LogtoManagementServiceCollectionExtensions.PipelineFor(provider, provider.GetRequiredService<IOptionsMonitor<LogtoClientOptions>>().Get(name));

    /// <summary>The pipeline of a public-only registration, a type of its own so that it never stands for a Management API one.</summary>
    private sealed record PublicPipeline(LogtoHttpPipeline Pipeline);

    /// <summary>Validates what a public client needs: the endpoint, retries, timeouts and buffer; never credentials.</summary>
    private sealed class LogtoClientOptionsValidator : IValidateOptions<LogtoClientOptions>
    {
        public ValidateOptionsResult Validate(string? name, LogtoClientOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            return LogtoManagementOptionsValidator.Result(name, LogtoManagementOptionsValidator.CheckPipeline(options));
        }
    }
}
