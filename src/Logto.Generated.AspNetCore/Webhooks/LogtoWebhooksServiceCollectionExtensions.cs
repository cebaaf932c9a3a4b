using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Logto.Generated.AspNetCore;

/// <summary>Registers the Logto webhook receiver.</summary>
public static class LogtoWebhooksServiceCollectionExtensions
{
    /// <summary>
    /// Registers the receiver that <see cref="LogtoWebhooksEndpointRouteBuilderExtensions.MapLogtoWebhooks"/> maps, with
    /// options bound from a configuration section such as <c>Logto:Webhooks</c> (<c>SigningKeys</c>, <c>MaxBodySize</c>,
    /// <c>DuplicateWindow</c>, <c>HandlerTimeout</c>), checked when the host starts. When the third-party applications
    /// service is registered, its per-user cache follows the user, membership and role events.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section.</param>
    /// <returns>A builder to add handlers with.</returns>
    public static LogtoWebhooksBuilder AddLogtoWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        AddCore(services).Bind(configuration);
        return new LogtoWebhooksBuilder(services);
    }

    /// <summary>Registers the receiver with options set in code; see the other overload.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; <see cref="LogtoWebhookOptions.SigningKeys"/> needs at least one key.</param>
    /// <returns>A builder to add handlers with.</returns>
    public static LogtoWebhooksBuilder AddLogtoWebhooks(this IServiceCollection services, Action<LogtoWebhookOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        AddCore(services).Configure(configure);
        return new LogtoWebhooksBuilder(services);
    }

    private static OptionsBuilder<LogtoWebhookOptions> AddCore(IServiceCollection services)
    {
        services.TryAddSingleton<ILogtoWebhookDeliveryStore>(provider => new InMemoryLogtoWebhookDeliveryStore(provider.GetService<TimeProvider>()));
        services.TryAddSingleton<LogtoWebhookDispatcher>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LogtoWebhookOptions>, LogtoWebhookOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ILogtoWebhookHandler<Webhooks.LogtoWebhookEvent>, ThirdPartyApplicationsWebhookHandler>());
        return services.AddOptions<LogtoWebhookOptions>().ValidateOnStart();
    }
}
