using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Logto.Generated;

/// <summary>How a Logto health check is registered: its name, the status it reports on failure, tags and timeout.</summary>
public sealed class LogtoHealthCheckOptions
{
    /// <summary>The check's name; <c>logto</c>, or <c>logto-{clientName}</c> for a named client, when null.</summary>
    public string? Name { get; set; }

    /// <summary>The status reported on failure; <see cref="HealthStatus.Unhealthy"/> when null.</summary>
    public HealthStatus? FailureStatus { get; set; }

    /// <summary>Tags to filter checks by, such as <c>ready</c>.</summary>
    public IList<string> Tags { get; } = new List<string>();

    /// <summary>How long the check may take; none when null.</summary>
    public TimeSpan? Timeout { get; set; }
}
