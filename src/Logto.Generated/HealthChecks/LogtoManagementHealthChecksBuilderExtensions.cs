using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Logto.Generated;

/// <summary>Adds a health check of a Logto Management API client to <c>services.AddHealthChecks()</c>.</summary>
public static class LogtoManagementHealthChecksBuilderExtensions
{
    /// <summary>The name of the health check of the unnamed client; a named client's is <c>logto-{name}</c>.</summary>
    public const string DefaultHealthCheckName = "logto";

    /// <summary>
    /// Adds a health check of the client registered with <c>AddLogtoManagementApi</c>: it gets an access token and makes
    /// one cheap authenticated call (<c>GET /api/configs/admin-console</c>) through the client's own pipeline. It
    /// reports Healthy, or the configured failure status with the reason: credentials refused, access denied,
    /// unreachable, timed out or a server error, with the status, Logto's error code and request id in its data. It
    /// never reports the client secret or a token. The call goes through the client's retries and timeouts, so give
    /// the check a <see cref="LogtoHealthCheckOptions.Timeout"/> that suits your probe.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="clientName">The name given to <c>AddLogtoManagementApi(name, ...)</c>, or null for the unnamed client.</param>
    /// <param name="configure">Sets the check's name, failure status, tags and timeout; see <see cref="LogtoHealthCheckOptions"/>.</param>
    /// <returns>The builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="clientName"/> is empty or white space.</exception>
    public static IHealthChecksBuilder AddLogtoManagementApi(
        this IHealthChecksBuilder builder,
        string? clientName = null,
        Action<LogtoHealthCheckOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (clientName is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(clientName);
        }

        var check = new LogtoHealthCheckOptions();
        configure?.Invoke(check);
        var name = clientName ?? Options.DefaultName;
        return builder.Add(new HealthCheckRegistration(
            check.Name ?? (name.Length == 0 ? DefaultHealthCheckName : DefaultHealthCheckName + "-" + name),
            provider => new LogtoManagementHealthCheck(provider, name),
            check.FailureStatus,
            check.Tags,
            check.Timeout));
    }
}
