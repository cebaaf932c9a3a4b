using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Logto.Generated.AspNetCore;

/// <summary>Registers the ASP.NET Core authentication the third-party applications endpoint uses.</summary>
public static class ThirdPartyApplicationsEndpointServiceCollectionExtensions
{
    /// <summary>
    /// Registers authentication and authorization with a JwtBearer scheme named
    /// <see cref="LogtoAccessTokenDefaults.AuthenticationScheme"/> that accepts Logto access tokens (see
    /// <see cref="LogtoAccessTokenOptions"/>), as used by the endpoint that
    /// <see cref="ThirdPartyApplicationsEndpointRouteBuilderExtensions.MapLogtoThirdPartyApplications"/> maps. The
    /// application's default scheme, if any, is left alone. The options are checked when the host starts.
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
    /// Registers the endpoint's authentication with options bound from a configuration section (<c>Endpoint</c>,
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
        var schemes = services.AddAuthentication();
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(LogtoJwtBearerSetup)))
        {
            services.AddSingleton<LogtoJwtBearerSetup>();
            services.AddSingleton<IConfigureOptions<JwtBearerOptions>>(provider => provider.GetRequiredService<LogtoJwtBearerSetup>());
            schemes.AddJwtBearer(LogtoAccessTokenDefaults.AuthenticationScheme, _ => { });
        }

        services.AddAuthorization();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LogtoAccessTokenOptions>, LogtoAccessTokenOptionsValidator>());
        return services.AddOptions<LogtoAccessTokenOptions>()
            .PostConfigure<IOptions<LogtoManagementOptions>>((options, management) => options.Endpoint ??= management.Value.Endpoint)
            .ValidateOnStart();
    }
}
