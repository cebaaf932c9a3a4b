using Logto.Generated.Testing;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>Builds a <see cref="ThirdPartyApplicationsService"/> on a <see cref="FakeLogto"/>, and reads what it sent.</summary>
internal static class ThirdPartyServices
{
    /// <summary>
    /// A service on a client of <paramref name="fake"/> (see <see cref="Client"/>) whose login URLs point at
    /// <see cref="MockLogto.Endpoint"/> and whose state is <c>state-{applicationId}</c>, unless
    /// <paramref name="configure"/> changes that. Its clock is a <see cref="ManualTimeProvider"/> unless one is given,
    /// so no background refresh runs unless the test moves the clock; its schedule has no jitter (ticks exactly every
    /// list interval) unless <paramref name="configure"/> sets one; its catalog pace is 1,000 requests a second (so a
    /// clock that never moves does not stall a load) unless <paramref name="configure"/> sets another. Dispose it.
    /// </summary>
    public static ThirdPartyApplicationsService Create(
        FakeLogto fake,
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
        return new ThirdPartyApplicationsService(Client(fake), options, cache, logger, timeProvider ?? new ManualTimeProvider());
    }

    /// <summary>
    /// A Management API client of the fake that does not retry, so that each failure the fake answers reaches the
    /// service (as the plain MockHttp client of the wire tests). <see cref="Create"/> leaves its client to the
    /// garbage collector with the fake, whose handler holds no socket.
    /// </summary>
    public static LogtoManagementClient Client(FakeLogto fake) => fake.CreateManagementClient(options => options.MaxRetryAttempts = 0);

    public static async Task<List<string>> IdsForAsync(this ThirdPartyApplicationsService service, string userId) =>
        (await service.GetForUserAsync(userId)).Select(application => application.Id).ToList();

    /// <summary>
    /// The reads the fake received, in order, as <c>GET /api/users/{id}/roles?page=1&amp;page_size=100</c>: the
    /// service only reads, so the token request and the tests' seeding writes are left out.
    /// </summary>
    public static List<string> Reads(this FakeLogto fake) =>
        fake.Requests.Where(request => request.Method == "GET" && request.OperationId != FakeLogto.TokenOperation).Select(Line).ToList();

    /// <summary>How many of <see cref="Reads"/> start with <paramref name="prefix"/>.</summary>
    public static int Count(this FakeLogto fake, string prefix) => fake.Reads().Count(read => read.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>A logged request as <c>METHOD /path?query</c>, the query as sent.</summary>
    public static string Line(FakeLogtoRequest request) =>
        request.Query.Count == 0 ? request.ToString() : request + "?" + string.Join("&", request.Query.Select(pair => pair.Key + "=" + pair.Value));
}
