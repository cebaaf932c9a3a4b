using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.Tests.ThirdPartyApplications;

/// <summary>The shared catalog: one load, background refreshes on a fake clock, stale-while-revalidate.</summary>
public class CatalogTests
{
    private const string List = "GET /api/applications?isThirdParty=true&page=1&page_size=100";
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Test]
    public async Task A_warm_call_costs_the_users_two_requests_and_no_per_application_request()
    {
        using var fake = Tenant();
        using var service = ThirdPartyServices.Create(fake);
        await service.GetForUserAsync("u1");
        var cold = fake.Tenant.Requests.Count;

        for (var i = 0; i < 5; i++)
        {
            Assert.That(await service.IdsForAsync("u1"), Is.EqualTo(new[] { "a", "c" }));
        }

        Assert.That(cold, Is.EqualTo(1 + 2 + 2 + (2 * 3)), "list, user, rules of a and b, sign-in experience and consent of a, b, c");
        Assert.That(fake.Tenant.Requests.Skip(cold), Has.Count.EqualTo(5 * 2).And.All.StartWith("GET /api/users/u1/"));
    }

    [Test]
    public async Task Twenty_concurrent_cold_calls_load_the_catalog_once()
    {
        using var fake = Tenant();
        for (var i = 0; i < 20; i++)
        {
            fake.Tenant.AddUser("user" + i, ["r1"]);
        }

        using var service = ThirdPartyServices.Create(fake);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => service.IdsForAsync("user" + i)));

        Assert.That(answers, Has.All.EqualTo(new[] { "a", "c" }));
        Assert.That(fake.Tenant.Count(List), Is.EqualTo(1));
        Assert.That(fake.Tenant.Count("GET /api/applications/a/sign-in-experience"), Is.EqualTo(1));
        Assert.That(fake.Tenant.Count("GET /api/applications/b/access-control"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_refresh_rereads_the_list_and_only_the_details_that_are_due()
    {
        using var fake = Tenant();
        var clock = new ManualTimeProvider();
        using var service = await WarmAsync(fake, clock, options => options.ApplicationDetailsInterval = TimeSpan.FromMinutes(30));
        var warm = fake.Tenant.Requests.Count;

        await TickAsync(clock, service, Minute);

        Assert.That(fake.Tenant.Requests.Skip(warm), Is.EqualTo(new[] { List }));
        Assert.That(service.CatalogStatus.ListedAt, Is.EqualTo(clock.GetUtcNow()));
    }

    [Test]
    public async Task A_new_application_is_read_at_the_next_list_and_a_deleted_one_disappears()
    {
        using var fake = Tenant();
        var clock = new ManualTimeProvider();
        using var service = await WarmAsync(fake, clock, options => options.ApplicationDetailsInterval = TimeSpan.FromMinutes(30));

        fake.Tenant.AddApplication("d").WithSignInExperience("D", null, null);
        fake.Tenant.Applications.RemoveAll(application => application.Id == "c");
        var stale = await service.IdsForAsync("u1");
        await TickAsync(clock, service, Minute);
        var fresh = await service.GetForUserAsync("u1");

        Assert.That(stale, Is.EqualTo(new[] { "a", "c" }), "served from the snapshot until the refresh");
        Assert.That(fresh.Select(item => item.Id), Is.EqualTo(new[] { "a", "d" }));
        Assert.That(fresh[1].Branding.DisplayName, Is.EqualTo("D"));
        Assert.That(fake.Tenant.Count("GET /api/applications/d/"), Is.EqualTo(2), "sign-in experience and consent scopes at once");
        Assert.That(fake.Tenant.Count("GET /api/applications/a/"), Is.EqualTo(3), "a's details were read once, at the first load");
    }

    [Test]
    public async Task Access_control_turned_on_applies_at_the_next_list()
    {
        using var fake = Tenant();
        var clock = new ManualTimeProvider();
        using var service = await WarmAsync(fake, clock, options => options.ApplicationDetailsInterval = TimeSpan.FromMinutes(30));

        fake.Tenant.Applications.Single(application => application.Id == "c").WithAccessControl(userIds: ["u9"]);
        await TickAsync(clock, service, Minute);

        Assert.That(await service.IdsForAsync("u1"), Is.EqualTo(new[] { "a" }));
        Assert.That(fake.Tenant.Count("GET /api/applications/c/access-control"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_changed_rule_applies_within_the_detail_interval_plus_jitter_plus_one_list_interval()
    {
        using var fake = Tenant();
        var clock = new ManualTimeProvider();
        using var service = await WarmAsync(fake, clock);
        fake.Tenant.Applications.Single(application => application.Id == "b").WithAccessControl(userRoleIds: ["r1"]);

        var minutes = 0;
        while (!(await service.IdsForAsync("u1")).Contains("b") && minutes < 20)
        {
            await TickAsync(clock, service, Minute);
            minutes++;
        }

        Assert.That(minutes, Is.InRange(1, 12), "10 minutes + 10% jitter, read at the next 1-minute tick");
    }

    [Test]
    public async Task A_429_during_a_refresh_keeps_the_snapshot_and_waits_as_Retry_After_says()
    {
        using var fake = Tenant();
        var clock = new ManualTimeProvider();
        using var service = await WarmAsync(fake, clock);
        var loadedAt = clock.GetUtcNow();
        fake.Tenant.Fail("/api/applications?isThirdParty=true&page=1&page_size=100", 429, "too_many_requests", "Slow down.", retryAfter: "42");

        await TickAsync(clock, service, Minute);
        var beforeServing = fake.Tenant.Requests.Count;
        var served = await service.IdsForAsync("u1");
        var status = service.CatalogStatus;

        Assert.That(served, Is.EqualTo(new[] { "a", "c" }));
        Assert.That(fake.Tenant.Requests.Skip(beforeServing), Has.All.StartWith("GET /api/users/u1/"), "a stale catalog is not refreshed on the request's path");
        Assert.That((status.ListedAt, status.Age, status.ConsecutiveFailures), Is.EqualTo(((DateTimeOffset?)loadedAt, (TimeSpan?)Minute, 1)));
        Assert.That(status.NextRefreshAt, Is.EqualTo(clock.GetUtcNow() + TimeSpan.FromSeconds(42)));

        fake.Tenant.Unfail("/api/applications?isThirdParty=true&page=1&page_size=100");
        await TickAsync(clock, service, TimeSpan.FromSeconds(42));

        Assert.That(service.CatalogStatus.ConsecutiveFailures, Is.Zero);
        Assert.That(service.CatalogStatus.ListedAt, Is.EqualTo(clock.GetUtcNow()));
    }

    [Test]
    public async Task Without_Retry_After_the_wait_doubles_up_to_the_maximum()
    {
        using var fake = Tenant();
        var clock = new ManualTimeProvider();
        using var service = await WarmAsync(fake, clock, options => options.MaxRefreshBackoff = TimeSpan.FromMinutes(5));
        fake.Tenant.Fail("/api/applications?isThirdParty=true&page=1&page_size=100", 503);

        var waits = new List<TimeSpan?>();
        var step = Minute;
        for (var i = 0; i < 4; i++)
        {
            await TickAsync(clock, service, step);
            step = (service.CatalogStatus.NextRefreshAt - clock.GetUtcNow())!.Value;
            waits.Add(step);
        }

        Assert.That(waits, Is.EqualTo(new TimeSpan?[] { TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5) }));
        Assert.That(await service.IdsForAsync("u1"), Is.EqualTo(new[] { "a", "c" }));
    }

    [Test]
    public async Task A_failed_first_load_is_not_kept_and_the_next_call_loads_again()
    {
        using var fake = Tenant();
        using var service = ThirdPartyServices.Create(fake);
        fake.Tenant.Fail("/api/applications/c/sign-in-experience", 503);

        Assert.ThrowsAsync<LogtoApiException>(() => service.GetForUserAsync("u1"));
        Assert.That(service.CatalogStatus.IsLoaded, Is.False);
        fake.Tenant.Unfail("/api/applications/c/sign-in-experience");

        Assert.That(await service.IdsForAsync("u1"), Is.EqualTo(new[] { "a", "c" }));
    }

    [Test]
    public async Task The_status_tells_the_snapshot_age()
    {
        using var fake = Tenant();
        var clock = new ManualTimeProvider();
        using var service = ThirdPartyServices.Create(fake, timeProvider: clock);
        Assert.That((service.CatalogStatus.IsLoaded, service.CatalogStatus.Age), Is.EqualTo((false, (TimeSpan?)null)));

        await service.WarmUpAsync();
        clock.Advance(TimeSpan.FromSeconds(30));

        var status = service.CatalogStatus;
        Assert.That((status.IsLoaded, status.Age, status.ApplicationCount), Is.EqualTo((true, (TimeSpan?)TimeSpan.FromSeconds(30), 3)));
        Assert.That(status.NextRefreshAt, Is.EqualTo(clock.GetUtcNow() + TimeSpan.FromSeconds(30)));
    }

    [Test]
    public async Task A_disposed_service_refreshes_no_more()
    {
        using var fake = Tenant();
        var clock = new ManualTimeProvider();
        var service = ThirdPartyServices.Create(fake, timeProvider: clock);
        await service.WarmUpAsync();
        var warm = fake.Tenant.Requests.Count;

        service.Dispose();
        clock.Advance(TimeSpan.FromMinutes(30));

        Assert.That(fake.Tenant.Requests, Has.Count.EqualTo(warm));
    }

    /// <summary>A service on <paramref name="clock"/> whose catalog is loaded.</summary>
    private static async Task<ThirdPartyApplicationsService> WarmAsync(MockLogtoTenant fake, ManualTimeProvider clock, Action<ThirdPartyApplicationsOptions>? configure = null)
    {
        var service = ThirdPartyServices.Create(fake, configure, timeProvider: clock);
        await service.WarmUpAsync();
        return service;
    }

    /// <summary>Moves the clock and waits for the background refresh it triggered.</summary>
    internal static async Task TickAsync(ManualTimeProvider clock, ThirdPartyApplicationsService service, TimeSpan by)
    {
        clock.Advance(by);
        await service.Catalog.RefreshInFlight;
    }

    /// <summary>a: admits u1 (role r1); b: refuses u1 (role r2); c: open, no sign-in experience.</summary>
    internal static MockLogtoTenant Tenant()
    {
        var fake = new MockLogtoTenant();
        fake.Tenant.AddUser("u1", ["r1"]);
        fake.Tenant.AddApplication("a").WithAccessControl(userRoleIds: ["r1"]).WithSignInExperience("A", null, null);
        fake.Tenant.AddApplication("b").WithAccessControl(userRoleIds: ["r2"]);
        fake.Tenant.AddApplication("c");
        return fake;
    }
}
