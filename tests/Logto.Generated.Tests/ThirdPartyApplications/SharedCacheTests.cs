using System.Text.Json.Nodes;
using Logto.Generated.Testing;
using Logto.Generated.Tests.TestSupport;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace Logto.Generated.Tests.ThirdPartyApplications;

/// <summary>Instances sharing one HybridCache backing store, and the optional per-user cache.</summary>
public class SharedCacheTests
{
    private const string List = "GET /api/applications?isThirdParty=true&page=1&page_size=100";

    [Test]
    public async Task Two_instances_sharing_one_distributed_cache_load_the_catalog_once_and_refresh_it_once()
    {
        using var fake = new FakeLogto();
        var t = CatalogTests.Tenant(fake);
        var shared = new SharedDistributedCache();
        await using var firstCache = HybridCacheOver(shared);
        await using var secondCache = HybridCacheOver(shared);
        var firstClock = new ManualTimeProvider();
        var secondClock = new ManualTimeProvider();
        using var first = ThirdPartyServices.Create(fake, Jittered, timeProvider: firstClock, cache: firstCache.GetRequiredService<HybridCache>());
        using var second = ThirdPartyServices.Create(fake, Jittered, timeProvider: secondClock, cache: secondCache.GetRequiredService<HybridCache>());

        var fromFirst = await first.IdsForAsync(t.U1);
        await WhenAsync(() => shared.Writes == 1, "HybridCache writes the second level after answering");
        var fromSecond = await second.GetForUserAsync(t.U1);
        var afterCold = fake.Count(List);
        await CatalogTests.TickAsync(firstClock, first, TimeSpan.FromMinutes(1));
        await CatalogTests.TickAsync(secondClock, second, TimeSpan.FromMinutes(1));

        Assert.That(fromSecond.Select(item => item.Id), Is.EqualTo(fromFirst).And.EqualTo(new[] { t.A, t.C }));
        Assert.That(fromSecond[0].Branding.DisplayName, Is.EqualTo("A"), "the snapshot survived the JSON round trip");
        Assert.That(afterCold, Is.EqualTo(1), "one catalog load for both instances");
        Assert.That(fake.Count($"GET /api/applications/{t.A}/sign-in-experience"), Is.EqualTo(1));
        Assert.That(fake.Count(List), Is.EqualTo(2), "the second instance took the first one's refresh");
        Assert.That(second.CatalogStatus.ListedAt, Is.EqualTo(first.CatalogStatus.ListedAt));
        Assert.That(shared.Writes, Is.EqualTo(3), "the first load, and the first instance's refresh with its lease");
    }

    [Test]
    public async Task Two_instances_that_tick_at_the_same_moment_refresh_once_through_the_shared_lease()
    {
        using var fake = new FakeLogto();
        var t = CatalogTests.Tenant(fake);
        await using var cache = new ServiceCollection().AddHybridCache().Services.BuildServiceProvider();
        var hybrid = cache.GetRequiredService<HybridCache>();
        var clock = new ManualTimeProvider();
        using var first = ThirdPartyServices.Create(fake, timeProvider: clock, cache: hybrid);
        using var second = ThirdPartyServices.Create(fake, timeProvider: clock, cache: hybrid);
        await first.WarmUpAsync();
        await second.WarmUpAsync();
        Assert.That(fake.Count(List), Is.EqualTo(1), "one cold load between the two");

        clock.Advance(TimeSpan.FromMinutes(1));
        await Task.WhenAll(first.Catalog.RefreshInFlight, second.Catalog.RefreshInFlight);

        Assert.That(first.CatalogStatus.ConsecutiveFailures + second.CatalogStatus.ConsecutiveFailures, Is.Zero);
        Assert.That(fake.Count(List), Is.EqualTo(2), "one cold load and one refresh between the two");
        Assert.That(second.CatalogStatus.ListedAt, Is.EqualTo(first.CatalogStatus.ListedAt));
        Assert.That(first.CatalogStatus.ListedAt, Is.EqualTo(clock.GetUtcNow()));
    }

    [Test]
    public async Task With_the_default_jitter_ticks_come_up_to_a_tenth_of_the_list_interval_early()
    {
        using var fake = new FakeLogto();
        var t = CatalogTests.Tenant(fake);
        var nextTicks = new List<TimeSpan>();
        for (var i = 0; i < 20; i++)
        {
            var clock = new ManualTimeProvider();
            using var service = ThirdPartyServices.Create(fake, Jittered, timeProvider: clock);
            await service.WarmUpAsync();
            nextTicks.Add(service.CatalogStatus.NextRefreshAt!.Value - clock.GetUtcNow());
        }

        Assert.That(nextTicks, Has.All.InRange(TimeSpan.FromSeconds(54), TimeSpan.FromSeconds(60)));
        Assert.That(nextTicks.Distinct().Count(), Is.GreaterThan(1), "instances tick at moments of their own");
    }

    [Test]
    public async Task The_user_cache_is_off_by_default()
    {
        using var fake = new FakeLogto();
        var t = CatalogTests.Tenant(fake);
        using var service = ThirdPartyServices.Create(fake);

        await service.GetForUserAsync(t.U1);
        await service.GetForUserAsync(t.U1);

        Assert.That(fake.Count($"GET /api/users/{t.U1}/"), Is.EqualTo(4));
    }

    [Test]
    public async Task A_cached_user_costs_no_request_until_invalidated()
    {
        using var fake = new FakeLogto();
        var t = CatalogTests.Tenant(fake);
        using var service = ThirdPartyServices.Create(fake, options => options.UserCacheTimeToLive = TimeSpan.FromMinutes(5));
        await service.GetForUserAsync(t.U1);
        ReplaceRoles(fake, t.U1, t.R2);

        var cached = await service.IdsForAsync(t.U1);
        await service.InvalidateUserAsync(t.U1);
        var afterUserEvent = await service.IdsForAsync(t.U1);
        ReplaceRoles(fake, t.U1, t.R1);
        await service.InvalidateAllUsersAsync();
        var afterRoleEvent = await service.IdsForAsync(t.U1);

        Assert.That(cached, Is.EqualTo(new[] { t.A, t.C }));
        Assert.That(afterUserEvent, Is.EqualTo(new[] { t.B, t.C }));
        Assert.That(afterRoleEvent, Is.EqualTo(new[] { t.A, t.C }));
        Assert.That(fake.Count($"GET /api/users/{t.U1}/roles"), Is.EqualTo(3));
    }

    [Test]
    public void Invalidating_refuses_a_blank_user_id()
    {
        using var fake = new FakeLogto();
        var t = CatalogTests.Tenant(fake);
        using var service = ThirdPartyServices.Create(fake);

        Assert.That(Assert.ThrowsAsync<ArgumentException>(() => service.InvalidateUserAsync(" "))!.ParamName, Is.EqualTo("userId"));
    }

    private static void ReplaceRoles(FakeLogto fake, string userId, string roleId) =>
        fake.Seed.Send("PUT", $"/api/users/{userId}/roles", new JsonObject { ["roleIds"] = new JsonArray(roleId) });

    private static void Jittered(ThirdPartyApplicationsOptions options) => options.RefreshJitter = 0.1;

    private static async Task WhenAsync(Func<bool> condition, string what)
    {
        for (var attempt = 0; attempt < 500 && !condition(); attempt++)
        {
            await Task.Delay(10);
        }

        Assert.That(condition(), Is.True, what);
    }

    private static ServiceProvider HybridCacheOver(IDistributedCache shared)
    {
        var services = new ServiceCollection();
        services.AddSingleton(shared);
        services.AddHybridCache();
        return services.BuildServiceProvider();
    }
}
