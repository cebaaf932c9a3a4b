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
    /// Registers <see cref="IThirdPartyApplicationsService"/> (transient, like the typed clients it uses, with one cache
    /// shared by the whole container). It needs an <see cref="ILogtoManagementClient"/> in the container, as
    /// <c>AddLogtoManagementApi</c> registers it; <see cref="ThirdPartyApplicationsOptions.LoginEndpoint"/> defaults to
    /// <see cref="LogtoManagementOptions.Endpoint"/>. The options are checked when the host starts.
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
    /// (<c>MaxConcurrency</c>, <c>CacheTimeToLive</c>, <c>ExtraScopes</c>, <c>LoginEndpoint</c>).
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
        services.TryAddSingleton(provider => new ThirdPartyApplicationsState(provider.GetRequiredService<TimeProvider>()));
        services.TryAddTransient<IThirdPartyApplicationsService>(provider => new ThirdPartyApplicationsService(
            provider.GetRequiredService<ILogtoManagementClient>(),
            provider.GetRequiredService<IOptions<ThirdPartyApplicationsOptions>>().Value,
            provider.GetService<ILogger<ThirdPartyApplicationsService>>(),
            provider.GetRequiredService<ThirdPartyApplicationsState>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ThirdPartyApplicationsOptions>, ThirdPartyApplicationsOptionsValidator>());
        return services.AddOptions<ThirdPartyApplicationsOptions>()
            .PostConfigure<IOptions<LogtoManagementOptions>>((options, management) => options.LoginEndpoint ??= management.Value.Endpoint)
            .ValidateOnStart();
    }
}
