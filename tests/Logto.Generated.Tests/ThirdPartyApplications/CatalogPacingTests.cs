using Logto.Generated.Testing;
using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.Tests.ThirdPartyApplications;

/// <summary>Catalog loads go at most <see cref="ThirdPartyApplicationsOptions.CatalogRequestsPerSecond"/> in any second.</summary>
public class CatalogPacingTests
{
    private static readonly TimeSpan Step = RollingWindowLimiter.ClockTolerance;

    [Test]
    public async Task A_cold_load_of_200_applications_never_exceeds_the_default_rate_in_any_second_and_completes()
    {
        var clock = new ManualTimeProvider();
        using var fake = new FakeLogto(new FakeLogtoOptions { TimeProvider = clock });
        AddApplications(fake, count: 200, gated: 60);
        using var service = Create(fake, clock, options => { });
        var start = clock.GetUtcNow();

        var load = service.WarmUpAsync();
        await DriveAsync(clock, service, fake, load);

        var catalogRequests = CatalogRequests(fake);
        Assert.That(catalogRequests, Has.Count.EqualTo(2 + (2 * 200) + 60), "2 list pages, then 2 requests per application and 1 more per gated one");
        Assert.That(RequestWindows.Peak(catalogRequests.Select(request => request.ReceivedAt), TimeSpan.FromSeconds(1)), Is.EqualTo(ThirdPartyApplicationsOptions.DefaultCatalogRequestsPerSecond));
        Assert.That(service.CatalogStatus.ApplicationCount, Is.EqualTo(200));
        var duration = catalogRequests.Max(request => request.ReceivedAt) - start;
        var turn = TimeSpan.FromSeconds(1) + RollingWindowLimiter.ClockTolerance;
        Assert.That(duration, Is.InRange((turn * (catalogRequests.Count / 10)) - TimeSpan.FromSeconds(1), (turn * (catalogRequests.Count / 10)) + TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task A_configured_rate_holds_in_every_window_of_a_cold_load()
    {
        var clock = new ManualTimeProvider();
        using var fake = new FakeLogto(new FakeLogtoOptions { TimeProvider = clock });
        AddApplications(fake, count: 40, gated: 10);
        using var service = Create(fake, clock, options => options.CatalogRequestsPerSecond = 3);

        var load = service.WarmUpAsync();
        await DriveAsync(clock, service, fake, load);

        Assert.That(CatalogRequests(fake), Has.Count.EqualTo(1 + (2 * 40) + 10));
        Assert.That(RequestWindows.Peak(CatalogRequests(fake).Select(request => request.ReceivedAt), TimeSpan.FromSeconds(1)), Is.EqualTo(3));
        Assert.That(service.CatalogStatus.ApplicationCount, Is.EqualTo(40));
    }

    [Test]
    public async Task A_call_during_the_first_load_fails_with_the_loading_exception_after_the_wait_and_the_load_goes_on()
    {
        var clock = new ManualTimeProvider();
        using var fake = new FakeLogto(new FakeLogtoOptions { TimeProvider = clock });
        AddApplications(fake, count: 200, gated: 60);
        var u1 = fake.Seed.User("u1");
        using var service = Create(fake, clock, options => options.FirstLoadWait = TimeSpan.FromSeconds(5));

        var start = clock.GetUtcNow();
        var call = service.GetForUserAsync(u1);
        var load = service.WarmUpAsync();
        await DriveAsync(clock, service, fake, call.ContinueWith(_ => { }, TaskScheduler.Default));
        var failure = Assert.ThrowsAsync<ThirdPartyApplicationCatalogLoadingException>(async () => await call);
        var waited = clock.GetUtcNow();
        Assert.That(load.IsCompleted, Is.False, "the load goes on");
        Assert.That(failure!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(5)));
        Assert.That(failure.StatusCode, Is.Null);
        Assert.That(failure.Message, Does.Contain("still loading").And.Contain("FirstLoadWait"));

        await DriveAsync(clock, service, fake, load);
        Assert.That(waited - start, Is.InRange(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5.1)));
        var items = await service.GetForUserAsync(u1);
        Assert.That(items, Has.Count.EqualTo(140), "the 140 open applications, none of the 60 gated ones");
    }

    [Test]
    public async Task A_call_during_the_first_load_within_the_wait_gets_the_whole_list()
    {
        var clock = new ManualTimeProvider();
        using var fake = new FakeLogto(new FakeLogtoOptions { TimeProvider = clock });
        var applications = AddApplications(fake, count: 20, gated: 5);
        var u1 = fake.Seed.User("u1");
        using var service = Create(fake, clock, options => { });

        var call = service.GetForUserAsync(u1);
        await DriveAsync(clock, service, fake, call);

        Assert.That((await call).Select(item => item.Id), Is.EqualTo(Enumerable.Reverse(applications.Skip(5))), "the open ones, newest first");
    }

    private static ThirdPartyApplicationsService Create(FakeLogto fake, ManualTimeProvider clock, Action<ThirdPartyApplicationsOptions> configure)
    {
        var options = new ThirdPartyApplicationsOptions { LoginEndpoint = new Uri(MockLogto.Endpoint), RefreshJitter = 0 };
        configure(options);
        return new ThirdPartyApplicationsService(ThirdPartyServices.Client(fake), options, null, null, clock);
    }

    /// <summary>The first <paramref name="gated"/> applications have access control for role <c>r-gated</c>; returns the ids in seeding order.</summary>
    private static List<string> AddApplications(FakeLogto fake, int count, int gated)
    {
        var role = fake.Seed.Role("r-gated");
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(fake.App($"app{i:D3}"));
            if (i < gated)
            {
                fake.Gate(ids[^1], userRoleIds: [role]);
            }
        }

        return ids;
    }

    /// <summary>The catalog's reads (the user's left out) as the fake logged them, with their arrival times on the test's clock.</summary>
    private static List<FakeLogtoRequest> CatalogRequests(FakeLogto fake) => fake.Requests
        .Where(request => request.Method == "GET" && request.OperationId != FakeLogto.TokenOperation && !request.Path.StartsWith("/api/users/", StringComparison.Ordinal))
        .ToList();

    /// <summary>
    /// Moves the clock a step at a time until <paramref name="until"/> completes, each time only once every catalog
    /// request that got its turn has reached the fake and the rest wait for the pace, so that arrival times are the
    /// times the turns were given.
    /// </summary>
    private static async Task DriveAsync(ManualTimeProvider clock, ThirdPartyApplicationsService service, FakeLogto fake, Task until)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!until.IsCompleted)
        {
            var pace = service.CatalogPace.Statistics!;
            var arrived = CatalogRequests(fake).Count;
            if (pace.CurrentQueuedCount > 0 && pace.CurrentAvailablePermits == 0 && pace.TotalSuccessfulLeases == arrived)
            {
                clock.Advance(Step);
            }
            else
            {
                await Task.Delay(1);
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the load stalled");
        }

        await until;
    }
}
