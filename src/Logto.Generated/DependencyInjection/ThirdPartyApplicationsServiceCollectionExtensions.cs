using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Logto.Generated;

/// <summary>Registers <see cref="IThirdPartyApplicationsService"/>.</summary>
public static class ThirdPartyApplicationsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IThirdPartyApplicationsService"/> as one <see cref="ThirdPartyApplicationsService"/> per
    /// container (it holds the catalog and its background refresh), with <see cref="HybridCache"/> (<c>AddHybridCache()</c>,
    /// unless one is registered already): add an <c>IDistributedCache</c> such as Redis and every instance shares the
    /// catalog and the user entries. It needs an <see cref="ILogtoManagementClient"/> in the container, as
    /// <c>AddLogtoManagementApi</c> registers it; <see cref="ThirdPartyApplicationsOptions.LoginEndpoint"/> defaults to
    /// <see cref="LogtoClientOptions.Endpoint"/>. The options are checked when the host starts.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options, or null to keep the defaults.</param>
    /// <returns>The services, to chain calls.</returns>
    public static IServiceCollection AddLogtoThirdPartyApplications(this IServiceCollection services, Action<ThirdPartyApplicationsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = AddCore(services);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return services;
    }

    /// <summary>
    /// Registers <see cref="IThirdPartyApplicationsService"/> with its options bound from a configuration section
    /// (<c>MaxConcurrency</c>, <c>ApplicationListInterval</c>, <c>ApplicationDetailsInterval</c>,
    /// <c>RefreshJitter</c>, <c>MaxRefreshBackoff</c>, <c>UserCacheTimeToLive</c>, <c>CacheKeyPrefix</c>, <c>ExtraScopes</c>, <c>LoginEndpoint</c>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section holding the options.</param>
    /// <returns>The services, to chain calls.</returns>
    public static IServiceCollection AddLogtoThirdPartyApplications(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        AddCore(services).Bind(configuration);
        return services;
    }

    private static OptionsBuilder<ThirdPartyApplicationsOptions> AddCore(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHybridCache();
        services.TryAddSingleton(provider => new ThirdPartyApplicationsService(
            provider.GetRequiredService<ILogtoManagementClient>,
            provider.GetRequiredService<IOptions<ThirdPartyApplicationsOptions>>().Value,
            provider.GetRequiredService<HybridCache>(),
            provider.GetService<ILogger<ThirdPartyApplicationsService>>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IThirdPartyApplicationsService>(provider => provider.GetRequiredService<ThirdPartyApplicationsService>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ThirdPartyApplicationsOptions>, ThirdPartyApplicationsOptionsValidator>());
        return services.AddOptions<ThirdPartyApplicationsOptions>()
            .PostConfigure<IOptions<LogtoManagementOptions>>((options, management) => options.LoginEndpoint ??= management.Value.Endpoint)
            .ValidateOnStart();
    }
}
