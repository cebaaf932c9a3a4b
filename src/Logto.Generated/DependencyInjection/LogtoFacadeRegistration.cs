using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Logto.Generated;

/// <summary>
/// Registers the public and account facades of a name: on their own (<c>AddLogtoPublicApi</c>, <c>AddLogtoAccountApi</c>,
/// with <see cref="LogtoClientOptions"/> and a pipeline of their own) or for <c>AddLogtoManagementApi</c> (on its
/// pipeline). Either way the services are the same: the plain factories (<see cref="ILogtoPublicClientFactory"/>,
/// <see cref="ILogtoAccountClientFactory"/>) and, plain for the unnamed registration or keyed by the name,
/// <see cref="ILogtoPublicClient"/> and <see cref="ILogtoAccountClientFactory"/>.
/// </summary>
internal static class LogtoFacadeRegistration
{
    /// <summary>
    /// Registers <paramref name="facade"/> on its own for <paramref name="name"/>, its options from
    /// <paramref name="source"/>, validated at start for what the facade needs (never credentials).
    /// </summary>
    public static IHttpClientBuilder AddOwn<TSource>(
        IServiceCollection services, LogtoFacade facade, string name, TSource source, Action<OptionsBuilder<LogtoClientOptions>, TSource> apply,
        [CallerArgumentExpression(nameof(source))] string? sourceName = null)
        where TSource : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(source, sourceName);
        apply(services.AddOptions<LogtoClientOptions>(name), source);
        var httpClientName = LogtoFacadeTarget.OwnHttpClientName(facade, name);
        if (services.Any(service => service.ImplementationInstance is LogtoFacadeTarget { IsOwnRegistration: true } known && known.Facade == facade && known.Name == name))
        {
            return services.AddHttpClient(httpClientName);
        }

        var target = new LogtoFacadeTarget(facade, name, httpClientName, sharedPipeline: null);
        services.AddOptions<LogtoClientOptions>(name).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LogtoClientOptions>, LogtoClientOptionsValidator>());
        services.AddKeyedSingleton(target, (provider, _) =>
            LogtoManagementServiceCollectionExtensions.PipelineFor(provider, provider.GetRequiredService<IOptionsMonitor<LogtoClientOptions>>().Get(name)));
        return Add(services, target);
    }

    /// <summary>Registers the services of <paramref name="target"/> and its IHttpClientFactory client.</summary>
    public static IHttpClientBuilder Add(IServiceCollection services, LogtoFacadeTarget target)
    {
        services.AddSingleton(target);
        services.TryAddSingleton<LogtoFacadeTargets>();
        var name = target.Name;
        if (target.Facade == LogtoFacade.Public)
        {
            services.TryAddSingleton<ILogtoPublicClientFactory, LogtoPublicClientFactory>();
            // The facades handed out own nothing and are not disposable, so the container keeps none of them.
            TryAdd(services, name, typeof(ILogtoPublicClient), ServiceLifetime.Transient, provider => provider.GetRequiredService<ILogtoPublicClientFactory>().Create(name));
        }
        else
        {
            services.TryAddSingleton<ILogtoAccountClientFactory>(provider => new LogtoAccountClientFactory(provider, provider.GetRequiredService<LogtoFacadeTargets>(), string.Empty));
            if (name.Length > 0)
            {
                TryAdd(services, name, typeof(ILogtoAccountClientFactory), ServiceLifetime.Singleton, provider =>
                    new LogtoAccountClientFactory(provider, provider.GetRequiredService<LogtoFacadeTargets>(), name));
            }
        }

        return AddPipelineClient(services, target.HttpClientName, target.Pipeline, (_, pipeline) => target.CreateHandlers(pipeline));
    }

    /// <summary>Registers a service of the registration <paramref name="name"/> unless it is registered already: plain for the unnamed one, else keyed by the name.</summary>
    public static void TryAdd(IServiceCollection services, string name, Type serviceType, ServiceLifetime lifetime, Func<IServiceProvider, object> factory) =>
        services.TryAdd(name.Length > 0
            ? new ServiceDescriptor(serviceType, name, (provider, _) => factory(provider), lifetime)
            : new ServiceDescriptor(serviceType, factory, lifetime));

    /// <summary>
    /// An IHttpClientFactory client on the base address and pipeline <paramref name="pipeline"/> resolves, with the given
    /// API handlers, and the tenant's hook on its primary handler (<see cref="LogtoClientOptions.ConfigurePrimaryHandler"/>).
    /// </summary>
    public static IHttpClientBuilder AddPipelineClient(
        IServiceCollection services, string httpClientName, Func<IServiceProvider, LogtoHttpPipeline> pipeline, Func<IServiceProvider, LogtoHttpPipeline, DelegatingHandler[]> handlers) =>
        services.AddHttpClient(httpClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                client.BaseAddress = pipeline(provider).Settings.ApiBaseAddress;
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler((handler, provider) => pipeline(provider).Settings.ConfigurePrimaryHandler?.Invoke(handler))
            .ConfigureAdditionalHttpMessageHandlers((added, provider) =>
            {
                foreach (var handler in handlers(provider, pipeline(provider)))
                {
                    added.Add(handler);
                }
            });

    /// <summary>Validates what a public or account client needs: the endpoint, retries, timeouts and buffer; never credentials.</summary>
    private sealed class LogtoClientOptionsValidator : IValidateOptions<LogtoClientOptions>
    {
        public ValidateOptionsResult Validate(string? name, LogtoClientOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            return LogtoManagementOptionsValidator.Result(name, LogtoManagementOptionsValidator.CheckPipeline(options));
        }
    }
}
