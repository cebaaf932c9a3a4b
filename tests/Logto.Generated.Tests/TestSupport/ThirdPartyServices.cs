using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>Builds a <see cref="ThirdPartyApplicationsService"/> on a <see cref="MockLogtoTenant"/>.</summary>
internal static class ThirdPartyServices
{
    /// <summary>
    /// A service whose login URLs point at the mock endpoint and whose state is <c>state-{applicationId}</c>, unless
    /// <paramref name="configure"/> changes that. Its clock is a <see cref="ManualTimeProvider"/> unless one is given,
    /// so no background refresh runs unless the test moves the clock; its schedule has no jitter (ticks exactly every
    /// list interval) unless <paramref name="configure"/> sets one; its catalog pace is 1,000 requests a second (so a
    /// clock that never moves does not stall a load) unless <paramref name="configure"/> sets another. Dispose it.
    /// </summary>
    public static ThirdPartyApplicationsService Create(
        MockLogtoTenant fake,
        Action<ThirdPartyApplicationsOptions>? configure = null,
        ILogger<ThirdPartyApplicationsService>? logger = null,
        TimeProvider? timeProvider = null,
        HybridCache? cache = null)
    {
        var options = new ThirdPartyApplicationsOptions
        {
            LoginEndpoint = new Uri(MockLogto.Endpoint),
            StateFactory = applicationId => "state-" + applicationId,
            RefreshJitter = 0,
            CatalogRequestsPerSecond = 1000,
        };
        configure?.Invoke(options);
        return new ThirdPartyApplicationsService(fake.Client, options, cache, logger, timeProvider ?? new ManualTimeProvider());
    }

    public static async Task<List<string>> IdsForAsync(this ThirdPartyApplicationsService service, string userId) =>
        (await service.GetForUserAsync(userId)).Select(application => application.Id).ToList();
}
