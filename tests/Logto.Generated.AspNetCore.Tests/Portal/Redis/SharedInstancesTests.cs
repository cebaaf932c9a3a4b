using System.Text.Json.Nodes;
using Logto.Generated.AspNetCore.Tests.TestSupport;
using Logto.Generated.Testing;
using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.AspNetCore.Tests.Portal.Redis;

/// <summary>Three portal instances on one real Redis (FusionCache: Redis level, backplane, distributed locker) act as one.</summary>
[NonParallelizable]
public class SharedInstancesTests
{
    [Test]
    public async Task Three_instances_make_one_cold_load_between_them()
    {
        using var redis = await RedisServer.SharedOrOwnAsync();
        await using var logto = await StartLogtoAsync();
        var (gated, _, _) = AddApplications(logto);

        await using var portals = await PortalInstances.StartAsync(logto, redis.ConnectionString, 3);
        await portals.WhenSettledAsync();

        Assert.That(Lists(logto), Is.EqualTo(1));
        Assert.That(logto.Requests.Count(request => request.ToString() == $"GET /api/applications/{gated}/sign-in-experience"), Is.EqualTo(1));
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
        await using var logto = await StartLogtoAsync();
        var (gated, open, role) = AddApplications(logto);
        var user = logto.Seed.User("u1");
        // A webhook signing key turns the 60-second user cache on.
        await using var portals = await PortalInstances.StartAsync(logto, redis.ConnectionString, 3, extra: "--Webhooks:SigningKeys:0=whsec-test-key");
        await portals.WhenSettledAsync();
        for (var i = 0; i < 3; i++)
        {
            Assert.That(await IdsAsync(portals, i, user), Is.EqualTo(open));
        }

        var readsBefore = RoleReads(logto, user);
        logto.Seed.Send("POST", $"/api/users/{user}/roles", new JsonObject { ["roleIds"] = new JsonArray(role) });
        Assert.That(await IdsAsync(portals, 1, user), Is.EqualTo(open), "still cached");
        await portals.Service(0).InvalidateUserAsync(user);
        string[] afresh = [.. open, gated];

        Assert.That(await IdsAsync(portals, 0, user), Is.EqualTo(afresh));
        Assert.That(await EventuallyAsync(() => IdsAsync(portals, 1, user), afresh), Is.EqualTo(afresh));
        Assert.That(await EventuallyAsync(() => IdsAsync(portals, 2, user), afresh), Is.EqualTo(afresh));
        Assert.That(readsBefore, Is.EqualTo(1), "the three instances shared one user entry");
        Assert.That(RoleReads(logto, user) - readsBefore, Is.EqualTo(1), "one fresh read, shared again");
    }

    [Test]
    public async Task Redis_stopped_in_the_middle_leaves_every_instance_serving_from_memory_and_logging_the_loss()
    {
        using var redis = await RedisServer.StartOwnAsync();
        await using var logto = await StartLogtoAsync();
        var (gated, open, role) = AddApplications(logto);
        var u1 = logto.Seed.User("u1");
        var u2 = logto.Seed.User("u2");
        logto.Seed.Send("POST", $"/api/users/{u2}/roles", new JsonObject { ["roleIds"] = new JsonArray(role) });
        await using var portals = await PortalInstances.StartAsync(logto, redis.ConnectionString, 3, extra: "--Webhooks:SigningKeys:0=whsec-test-key");
        await portals.WhenSettledAsync();
        await IdsAsync(portals, 0, u1);

        redis.Stop();
        await portals.Service(0).InvalidateUserAsync(u1);
        var answers = new List<string[]>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await IdsAsync(portals, i, u1));
            answers.Add(await IdsAsync(portals, i, u2));
        }

        string[] all = [.. open, gated];
        Assert.That(answers, Is.EqualTo(new[] { open, all, open, all, open, all }));
        Assert.That(portals.Logs.Lines.Where(line => line.StartsWith("ZiggyCreatures.Caching.Fusion", StringComparison.Ordinal)), Is.Not.Empty, "FusionCache logs the lost Redis");
        Assert.That(Enumerable.Range(0, 3).Select(i => portals.Service(i).CatalogStatus.IsLoaded), Is.All.True);
    }

    private static async Task<(int Lists, int Total)> BackgroundCostAsync(RedisServer redis, int instances)
    {
        await using var logto = await StartLogtoAsync();
        AddApplications(logto);
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

        return (Lists(logto), CatalogRequests(logto));
    }

    private static async Task<FakeLogto> StartLogtoAsync()
    {
        var logto = new FakeLogto();
        await logto.StartServerAsync();
        return logto;
    }

    /// <summary>app0 is gated by the role r-gated (its id returned too); app1 and app2 are open. Logto lists the newest first; the requests that seeded them are forgotten.</summary>
    private static (string Gated, string[] Open, string GatedRole) AddApplications(FakeLogto logto)
    {
        var gated = ThirdPartySeed.Application(logto, "app0");
        var role = logto.Seed.Role("r-gated");
        logto.Seed.AccessControl(gated, userRoleIds: [role]);
        var app1 = ThirdPartySeed.Application(logto, "app1");
        var app2 = ThirdPartySeed.Application(logto, "app2");
        logto.ClearRequests();
        return (gated, [app2, app1], role);
    }

    private static int Lists(FakeLogto logto) =>
        logto.Requests.Count(request => request.OperationId == "ListApplications" && request.QueryValue("isThirdParty") == "true");

    private static int RoleReads(FakeLogto logto, string userId) =>
        logto.Requests.Count(request => request.ToString() == $"GET /api/users/{userId}/roles");

    private static int CatalogRequests(FakeLogto logto) =>
        logto.Requests.Count(request => request.Method == "GET" && request.Path.StartsWith("/api/applications", StringComparison.Ordinal));

    private static async Task<string[]> IdsAsync(PortalInstances portals, int instance, string userId) =>
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
