using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Logto.Generated.AspNetCore;

/// <summary>Registers what the third-party applications endpoint needs to validate access tokens.</summary>
public static class ThirdPartyApplicationsEndpointServiceCollectionExtensions
{
    /// <summary>The name of the IHttpClientFactory client that fetches Logto's signing keys.</summary>
    public const string JwksHttpClientName = "Logto.Generated.AspNetCore.Jwks";

    /// <summary>
    /// Registers the access-token validation of the endpoint mapped by
    /// <see cref="ThirdPartyApplicationsEndpointRouteBuilderExtensions.MapLogtoThirdPartyApplications"/>. The options are
    /// checked when the host starts.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; <see cref="LogtoAccessTokenOptions.Audience"/> is required.</param>
    /// <returns>The services, to chain calls.</returns>
    public static IServiceCollection AddLogtoThirdPartyApplicationsEndpoint(this IServiceCollection services, Action<LogtoAccessTokenOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        AddCore(services).Configure(configure);
        return services;
    }

    /// <summary>
    /// Registers the access-token validation with options bound from a configuration section (<c>Endpoint</c>,
    /// <c>Audience</c>, <c>RequireHttpsMetadata</c>, <c>ClockSkew</c>), such as the <c>Logto</c> section that also holds
    /// the Management API settings.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section.</param>
    /// <returns>The services, to chain calls.</returns>
    public static IServiceCollection AddLogtoThirdPartyApplicationsEndpoint(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        AddCore(services).Bind(configuration);
        return services;
    }

    private static OptionsBuilder<LogtoAccessTokenOptions> AddCore(IServiceCollection services)
    {
        services.AddHttpClient(JwksHttpClientName);
        services.TryAddSingleton<LogtoAccessTokenValidator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LogtoAccessTokenOptions>, LogtoAccessTokenOptionsValidator>());
        return services.AddOptions<LogtoAccessTokenOptions>()
            .PostConfigure<IOptions<LogtoManagementOptions>>((options, management) => options.Endpoint ??= management.Value.Endpoint)
            .ValidateOnStart();
    }
}
