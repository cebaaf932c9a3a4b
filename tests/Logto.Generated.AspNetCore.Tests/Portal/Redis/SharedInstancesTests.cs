using Logto.Generated.AspNetCore.Tests.TestSupport;
using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.AspNetCore.Tests.Portal.Redis;

/// <summary>Three portal instances on one real Redis (FusionCache: Redis level, backplane, distributed locker) act as one.</summary>
[NonParallelizable]
public class SharedInstancesTests
{
    private const string List = "GET /api/applications?isThirdParty=true";

    [Test]
    public async Task Three_instances_make_one_cold_load_between_them()
    {
        using var redis = await RedisServer.SharedOrOwnAsync();
        await using var logto = await StubLogto.StartAsync();
        AddApplications(logto.Tenant);

        await using var portals = await PortalInstances.StartAsync(logto, redis.ConnectionString, 3);
        await portals.WhenSettledAsync();

        Assert.That(logto.Tenant.Count(List), Is.EqualTo(1));
        Assert.That(logto.Tenant.Count("GET /api/applications/app0/sign-in-experience"), Is.EqualTo(1));
        Assert.That(CatalogRequests(logto), Is.EqualTo(1 + (2 * 3) + 1), "one list, 2 requests per application, 1 more for the gated one");
        Assert.That(Enumerable.Range(0, 3).Select(i => portals.Service(i).CatalogStatus.ListedAt).Distinct().Count(), Is.EqualTo(1), "one snapshot");
    }

    [Test]
    public async Task Over_ten_simulated_minutes_three_instances_cost_what_one_does()
    {
        using var redis = await RedisServer.SharedOrOwnAsync();
        var one = await BackgroundCostAsync(redis, instances: 1);
        var three = await BackgroundCostAsync(redis, instances: 3);
        TestContext.Out.WriteLine($"10 simulated minutes, 3 applications (1 gated): one instance {one.Lists} lists, {one.Total} catalog requests; three instances {three.Lists} lists, {three.Total} catalog requests.");

        Assert.That(one.Lists, Is.EqualTo(11), "the cold load and a list every minute");
        Assert.That(three.Lists, Is.EqualTo(one.Lists));
        Assert.That(three.Total, Is.EqualTo(one.Total));
    }

    [Test]
    public async Task A_user_invalidated_on_one_instance_is_read_afresh_on_the_others_next_request()
    {
        using var redis = await RedisServer.SharedOrOwnAsync();
        await using var logto = await StubLogto.StartAsync();
        AddApplications(logto.Tenant);
        logto.Tenant.AddUser("u1");
        // A webhook signing key turns the 60-second user cache on.
        await using var portals = await PortalInstances.StartAsync(logto, redis.ConnectionString, 3, extra: "--Webhooks:SigningKeys:0=whsec-test-key");
        await portals.WhenSettledAsync();
        for (var i = 0; i < 3; i++)
        {
            Assert.That(await IdsAsync(portals, i), Is.EqualTo(new[] { "app1", "app2" }));
        }

        var readsBefore = logto.Tenant.Count("GET /api/users/u1/roles");
        logto.Tenant.UserRoleIds["u1"] = ["r-gated"];
        Assert.That(await IdsAsync(portals, 1), Is.EqualTo(new[] { "app1", "app2" }), "still cached");
        await portals.Service(0).InvalidateUserAsync("u1");
        var afresh = new[] { "app0", "app1", "app2" };

        Assert.That(await IdsAsync(portals, 0), Is.EqualTo(afresh));
        Assert.That(await EventuallyAsync(() => IdsAsync(portals, 1), afresh), Is.EqualTo(afresh));
        Assert.That(await EventuallyAsync(() => IdsAsync(portals, 2), afresh), Is.EqualTo(afresh));
        Assert.That(readsBefore, Is.EqualTo(1), "the three instances shared one user entry");
        Assert.That(logto.Tenant.Count("GET /api/users/u1/roles") - readsBefore, Is.EqualTo(1), "one fresh read, shared again");
    }

    [Test]
    public async Task Redis_stopped_in_the_middle_leaves_every_instance_serving_from_memory_and_logging_the_loss()
    {
        using var redis = await RedisServer.StartOwnAsync();
        await using var logto = await StubLogto.StartAsync();
        AddApplications(logto.Tenant);
        logto.Tenant.AddUser("u1");
        logto.Tenant.AddUser("u2", ["r-gated"]);
        await using var portals = await PortalInstances.StartAsync(logto, redis.ConnectionString, 3, extra: "--Webhooks:SigningKeys:0=whsec-test-key");
        await portals.WhenSettledAsync();
        await IdsAsync(portals, 0);

        redis.Stop();
        await portals.Service(0).InvalidateUserAsync("u1");
        var answers = new List<string[]>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await IdsAsync(portals, i));
            answers.Add(await IdsAsync(portals, i, "u2"));
        }

        Assert.That(answers, Is.EqualTo(new[]
        {
            new[] { "app1", "app2" }, ["app0", "app1", "app2"],
            ["app1", "app2"], ["app0", "app1", "app2"],
            ["app1", "app2"], ["app0", "app1", "app2"],
        }));
        Assert.That(portals.Logs.Lines.Where(line => line.StartsWith("ZiggyCreatures.Caching.Fusion", StringComparison.Ordinal)), Is.Not.Empty, "FusionCache logs the lost Redis");
        Assert.That(Enumerable.Range(0, 3).Select(i => portals.Service(i).CatalogStatus.IsLoaded), Is.All.True);
    }

    private static async Task<(int Lists, int Total)> BackgroundCostAsync(RedisServer redis, int instances)
    {
        await using var logto = await StubLogto.StartAsync();
        AddApplications(logto.Tenant);
        var clocks = Enumerable.Range(0, instances).Select(_ => new ManualTimeProvider()).ToList();
        await using var portals = await PortalInstances.StartAsync(
            logto, redis.ConnectionString, instances, i => clocks[i], "--Logto:ThirdPartyApplications:RefreshJitter=0");
        await portals.WhenSettledAsync();
        for (var step = 0; step < 60; step++)
        {
            // Every instance's clock moves together: their ticks fall in the same moment, the hardest case.
            foreach (var clock in clocks)
            {
                clock.Advance(TimeSpan.FromSeconds(10));
            }

            await portals.WhenSettledAsync();
        }

        return (logto.Tenant.Count(List), CatalogRequests(logto));
    }

    /// <summary>app0 is gated by role r-gated; app1 and app2 are open.</summary>
    private static void AddApplications(FakeLogtoTenant tenant)
    {
        tenant.AddApplication("app0").WithAccessControl(userRoleIds: ["r-gated"]);
        tenant.AddApplication("app1");
        tenant.AddApplication("app2");
    }

    private static int CatalogRequests(StubLogto logto) =>
        logto.ApiRequests.Count(request => request.StartsWith("GET /api/applications", StringComparison.Ordinal));

    private static async Task<string[]> IdsAsync(PortalInstances portals, int instance, string userId = "u1") =>
        (await portals.Service(instance).GetForUserAsync(userId)).Select(application => application.Id).ToArray();

    private static async Task<string[]> EventuallyAsync(Func<Task<string[]>> read, string[] expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var ids = await read();
            if (ids.SequenceEqual(expected) || DateTime.UtcNow > deadline)
            {
                return ids;
            }

            await Task.Delay(20);
        }
    }
}
