using System.Text.Json.Nodes;
using Logto.Generated.Testing;
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
        using var fake = new FakeLogto();
        var t = Tenant(fake);
        using var service = ThirdPartyServices.Create(fake);
        await service.GetForUserAsync(t.U1);
        var cold = fake.Reads().Count;

        for (var i = 0; i < 5; i++)
        {
            Assert.That(await service.IdsForAsync(t.U1), Is.EqualTo(new[] { t.A, t.C }));
        }

        Assert.That(cold, Is.EqualTo(1 + 2 + 2 + (2 * 3)), "list, user, rules of a and b, sign-in experience and consent of a, b, c");
        Assert.That(fake.Reads().Skip(cold), Has.Count.EqualTo(5 * 2).And.All.StartWith($"GET /api/users/{t.U1}/"));
    }

    [Test]
    public async Task Twenty_concurrent_cold_calls_load_the_catalog_once()
    {
        using var fake = new FakeLogto();
        var t = Tenant(fake);
        var users = Enumerable.Range(0, 20).Select(i => fake.Seed.User("user" + i)).ToArray();
        fake.Seed.Send("POST", $"/api/roles/{t.R1}/users", new JsonObject { ["userIds"] = new JsonArray(users.Select(id => (JsonNode)id).ToArray()) });

        using var service = ThirdPartyServices.Create(fake);

        var answers = await Task.WhenAll(users.Select(service.IdsForAsync));

        Assert.That(answers, Has.All.EqualTo(new[] { t.A, t.C }));
        Assert.That(fake.Count(List), Is.EqualTo(1));
        Assert.That(fake.Count($"GET /api/applications/{t.A}/sign-in-experience"), Is.EqualTo(1));
        Assert.That(fake.Count($"GET /api/applications/{t.B}/access-control"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_refresh_rereads_the_list_and_only_the_details_that_are_due()
    {
        using var fake = new FakeLogto();
        Tenant(fake);
        var clock = new ManualTimeProvider();
        using var service = await WarmAsync(fake, clock, options => options.ApplicationDetailsInterval = TimeSpan.FromMinutes(30));
        var warm = fake.Reads().Count;

        await TickAsync(clock, service, Minute);

        Assert.That(fake.Reads().Skip(warm), Is.EqualTo(new[] { List }));
        Assert.That(service.CatalogStatus.ListedAt, Is.EqualTo(clock.GetUtcNow()));
    }

    [Test]
    public async Task A_new_application_is_read_at_the_next_list_and_a_deleted_one_disappears()
    {
        using var fake = new FakeLogto();
        var t = Tenant(fake);
        var clock = new ManualTimeProvider();
        using var service = await WarmAsync(fake, clock, options => options.ApplicationDetailsInterval = TimeSpan.FromMinutes(30));

        var d = fake.App("d");
        fake.SignInExperience(d, "D");
        fake.Seed.Send("DELETE", $"/api/applications/{t.C}");
        var stale = await service.IdsForAsync(t.U1);
        await TickAsync(clock, service, Minute);
        var fresh = await service.GetForUserAsync(t.U1);

        Assert.That(stale, Is.EqualTo(new[] { t.A, t.C }), "served from the snapshot until the refresh");
        Assert.That(fresh.Select(item => item.Id), Is.EqualTo(new[] { d, t.A }), "the newest first");
        Assert.That(fresh[0].Branding.DisplayName, Is.EqualTo("D"));
        Assert.That(fake.Count($"GET /api/applications/{d}/"), Is.EqualTo(2), "sign-in experience and consent scopes at once");
        Assert.That(fake.Count($"GET /api/applications/{t.A}/"), Is.EqualTo(3), "a's details were read once, at the first load");
    }

    [Test]
    public async Task Access_control_turned_on_applies_at_the_next_list()
    {
        using var fake = new FakeLogto();
        var t = Tenant(fake);
        var clock = new ManualTimeProvider();
        using var service = await WarmAsync(fake, clock, options => options.ApplicationDetailsInterval = TimeSpan.FromMinutes(30));

        fake.Gate(t.C, userIds: [fake.Seed.User("u9")]);
        await TickAsync(clock, service, Minute);

        Assert.That(await service.IdsForAsync(t.U1), Is.EqualTo(new[] { t.A }));
        Assert.That(fake.Count($"GET /api/applications/{t.C}/access-control"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_changed_rule_applies_within_the_detail_interval_plus_jitter_plus_one_list_interval()
    {
        using var fake = new FakeLogto();
        var t = Tenant(fake);
        var clock = new ManualTimeProvider();
        using var service = await WarmAsync(fake, clock);
        fake.Rules(t.B, userRoleIds: [t.R1]);

        var minutes = 0;
        while (!(await service.IdsForAsync(t.U1)).Contains(t.B) && minutes < 20)
        {
            await TickAsync(clock, service, Minute);
            minutes++;
        }

        Assert.That(minutes, Is.InRange(1, 12), "10 minutes + 10% jitter, read at the next 1-minute tick");
    }

    [Test]
    public async Task A_429_during_a_refresh_keeps_the_snapshot_and_waits_as_Retry_After_says()
    {
        using var fake = new FakeLogto();
        var t = Tenant(fake);
        var clock = new ManualTimeProvider();
        using var service = await WarmAsync(fake, clock);
        var loadedAt = clock.GetUtcNow();
        var slowDown = fake.InjectFault("ListApplications", FakeLogtoFault.TooManyRequests(TimeSpan.FromSeconds(42)), times: int.MaxValue);

        await TickAsync(clock, service, Minute);
        var beforeServing = fake.Reads().Count;
        var served = await service.IdsForAsync(t.U1);
        var status = service.CatalogStatus;

        Assert.That(served, Is.EqualTo(new[] { t.A, t.C }));
        Assert.That(fake.Reads().Skip(beforeServing), Has.Count.EqualTo(2).And.All.StartWith($"GET /api/users/{t.U1}/"), "a stale catalog is not refreshed on the request's path");
        Assert.That(fake.Requests.Count(request => request.OperationId == "ListApplications" && request.Status == 429), Is.EqualTo(1));
        Assert.That((status.ListedAt, status.Age, status.ConsecutiveFailures), Is.EqualTo(((DateTimeOffset?)loadedAt, (TimeSpan?)Minute, 1)));
        Assert.That(status.NextRefreshAt, Is.EqualTo(clock.GetUtcNow() + TimeSpan.FromSeconds(42)));

        slowDown.Dispose();
        await TickAsync(clock, service, TimeSpan.FromSeconds(42));

        Assert.That(service.CatalogStatus.ConsecutiveFailures, Is.Zero);
        Assert.That(service.CatalogStatus.ListedAt, Is.EqualTo(clock.GetUtcNow()));
    }

    [Test]
    public async Task Without_Retry_After_the_wait_doubles_up_to_the_maximum()
    {
        using var fake = new FakeLogto();
        var t = Tenant(fake);
        var clock = new ManualTimeProvider();
        using var service = await WarmAsync(fake, clock, options => options.MaxRefreshBackoff = TimeSpan.FromMinutes(5));
        using var unavailable = fake.InjectFault("ListApplications", FakeLogtoFault.ServerError(503), times: int.MaxValue);

        var waits = new List<TimeSpan?>();
        var step = Minute;
        for (var i = 0; i < 4; i++)
        {
            await TickAsync(clock, service, step);
            step = (service.CatalogStatus.NextRefreshAt - clock.GetUtcNow())!.Value;
            waits.Add(step);
        }

        Assert.That(waits, Is.EqualTo(new TimeSpan?[] { TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5) }));
        Assert.That(fake.Requests.Count(request => request.OperationId == "ListApplications" && request.Status == 503), Is.EqualTo(4));
        Assert.That(await service.IdsForAsync(t.U1), Is.EqualTo(new[] { t.A, t.C }));
    }

    [Test]
    public async Task A_failed_first_load_is_not_kept_and_the_next_call_loads_again()
    {
        using var fake = new FakeLogto();
        var t = Tenant(fake);
        using var service = ThirdPartyServices.Create(fake);
        var unavailable = fake.InjectFault(
            "GetApplicationSignInExperience", FakeLogtoFault.ServerError(503), times: int.MaxValue, when: request => request.Path == $"/api/applications/{t.C}/sign-in-experience");

        Assert.ThrowsAsync<LogtoApiException>(() => service.GetForUserAsync(t.U1));
        Assert.That(service.CatalogStatus.IsLoaded, Is.False);
        unavailable.Dispose();

        Assert.That(await service.IdsForAsync(t.U1), Is.EqualTo(new[] { t.A, t.C }));
    }

    [Test]
    public async Task The_status_tells_the_snapshot_age()
    {
        using var fake = new FakeLogto();
        Tenant(fake);
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
        using var fake = new FakeLogto();
        Tenant(fake);
        var clock = new ManualTimeProvider();
        var service = ThirdPartyServices.Create(fake, timeProvider: clock);
        await service.WarmUpAsync();
        var warm = fake.Requests.Count;

        service.Dispose();
        clock.Advance(TimeSpan.FromMinutes(30));

        Assert.That(fake.Requests, Has.Count.EqualTo(warm));
    }

    /// <summary>A service on <paramref name="clock"/> whose catalog is loaded.</summary>
    private static async Task<ThirdPartyApplicationsService> WarmAsync(FakeLogto fake, ManualTimeProvider clock, Action<ThirdPartyApplicationsOptions>? configure = null)
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

    /// <summary>
    /// a: admits u1 (role r1); b: refuses u1 (role r2); c: open, no sign-in experience. Seeded c, b, a, so that
    /// Logto lists them a, b, c (newest first).
    /// </summary>
    internal static AbcTenant Tenant(FakeLogto fake)
    {
        var u1 = fake.Seed.User("u1");
        var r1 = fake.Seed.Role("r1", u1);
        var r2 = fake.Seed.Role("r2");
        var c = fake.App("c");
        var b = fake.App("b");
        fake.Gate(b, userRoleIds: [r2]);
        var a = fake.App("a");
        fake.Gate(a, userRoleIds: [r1]);
        fake.SignInExperience(a, "A");
        return new AbcTenant(u1, r1, r2, a, b, c);
    }

    /// <summary>The ids of <see cref="Tenant"/>'s user, roles and applications.</summary>
    internal sealed record AbcTenant(string U1, string R1, string R2, string A, string B, string C);
}
