using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Logto.Generated.Portal;

/// <summary>
/// Ready once the third-party applications catalog is loaded: unhealthy before, healthy while younger than
/// <see cref="PortalHealthOptions.MaxCatalogAge"/>, degraded past it (the portal serves the old snapshot), each with
/// the reason and the catalog's figures.
/// </summary>
internal sealed class CatalogHealthCheck : IHealthCheck
{
    private readonly IThirdPartyApplicationsService _service;
    private readonly PortalHealthOptions _options;

    public CatalogHealthCheck(IThirdPartyApplicationsService service, IOptions<PortalHealthOptions> options)
    {
        _service = service;
        _options = options.Value;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = _service.CatalogStatus;
        var data = new Dictionary<string, object>
        {
            ["applications"] = status.ApplicationCount,
            ["consecutiveFailures"] = status.ConsecutiveFailures,
        };
        if (status.Age is not { } age)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The third-party applications catalog is not loaded yet.", data: data));
        }

        data["ageSeconds"] = Math.Round(age.TotalSeconds, 1);
        if (age > _options.MaxCatalogAge)
        {
            return Task.FromResult(HealthCheckResult.Degraded(
                $"The third-party applications catalog is {age.TotalSeconds:0} s old, older than Portal:Health:MaxCatalogAge ({_options.MaxCatalogAge.TotalSeconds:0} s); {status.ConsecutiveFailures} refreshes failed in a row.",
                data: data));
        }

        return Task.FromResult(HealthCheckResult.Healthy($"The catalog holds {status.ApplicationCount} applications, listed {age.TotalSeconds:0} s ago.", data));
    }
}
