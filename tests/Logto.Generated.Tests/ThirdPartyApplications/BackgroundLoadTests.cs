using System.Text.Json.Nodes;
using Logto.Generated.Testing;
using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.Tests.ThirdPartyApplications;

/// <summary>The catalog's own load on Logto with the default intervals, counted on a fake clock.</summary>
public class BackgroundLoadTests
{
    [Test]
    public async Task Two_hundred_applications_cost_at_most_twenty_requests_per_ten_seconds_over_thirty_minutes()
    {
        using var fake = new FakeLogto();
        TwoHundredApplications(fake, users: 1);
        var clock = new ManualTimeProvider();
        using var service = ThirdPartyServices.Create(fake, timeProvider: clock);
        await service.WarmUpAsync();
        var cold = fake.Reads().Count;
        var perMinute = new List<int>();
        for (var minute = 0; minute < 30; minute++)
        {
            var before = fake.Reads().Count;
            await CatalogTests.TickAsync(clock, service, TimeSpan.FromMinutes(1));
            perMinute.Add(fake.Reads().Count - before);
        }

        var perTenSeconds = perMinute.Sum() / 180.0;
        Assert.That(cold, Is.EqualTo(2 + 60 + 400), "cold: 2 list pages, 60 rule sets, 200 sign-in experiences and consent scopes");
        Assert.That(perTenSeconds, Is.LessThanOrEqualTo(20));
        Assert.That(perMinute.Sum(), Is.GreaterThanOrEqualTo((30 * 2) + (2 * 400)), "every application's details were read again each 10 minutes or so");
        Assert.That(perMinute.Max(), Is.LessThan(200), "no minute spends the tenant's whole 10-second budget");
        TestContext.Out.WriteLine($"cold {cold}; per minute {string.Join(',', perMinute)}; average {perTenSeconds:F1} per 10 s");
    }

    [Test]
    public async Task In_steady_state_a_thousand_requests_of_fifty_users_cost_at_most_three_requests_each_background_included()
    {
        using var fake = new FakeLogto();
        var users = TwoHundredApplications(fake, users: 50);
        var clock = new ManualTimeProvider();
        using var service = ThirdPartyServices.Create(fake, timeProvider: clock);
        await service.WarmUpAsync();
        var warm = fake.Reads().Count;

        // 1,000 requests over 10 simulated minutes: every refresh of the list and of each application's details falls inside.
        for (var i = 0; i < 1000; i++)
        {
            await CatalogTests.TickAsync(clock, service, TimeSpan.FromMilliseconds(600));
            var items = await service.GetForUserAsync(users[i % 50]);
            Assert.That(items, Has.Count.EqualTo(140 + (i % 2 == 0 ? 40 : 20)), "140 open applications and those the user's role admits");
        }

        var reads = fake.Reads();
        var perRequest = (reads.Count - warm) / 1000.0;
        var perApplication = reads.Skip(warm).Count(request => request.StartsWith("GET /api/applications/", StringComparison.Ordinal));
        Assert.That(perRequest, Is.LessThanOrEqualTo(3));
        Assert.That(perApplication, Is.GreaterThan(0), "the background refreshes ran");
        TestContext.Out.WriteLine($"{perRequest:F2} Management API requests per user request, {perApplication} of them per-application reads in the background");
    }

    /// <summary>
    /// 200 third-party applications, 60 gated (40 by role r0, 20 by role r1); user{n} holds role r{n % 2}. Returns
    /// the user ids.
    /// </summary>
    private static List<string> TwoHundredApplications(FakeLogto fake, int users)
    {
        var ids = Enumerable.Range(0, users).Select(user => fake.Seed.User("user" + user)).ToList();
        string[] roles = [fake.Seed.Role("r0"), fake.Seed.Role("r1")];
        for (var role = 0; role < 2; role++)
        {
            var holders = ids.Where((_, user) => user % 2 == role).Select(id => (JsonNode)id).ToArray();
            if (holders.Length > 0)
            {
                fake.Seed.Send("POST", $"/api/roles/{roles[role]}/users", new JsonObject { ["userIds"] = new JsonArray(holders) });
            }
        }

        for (var i = 0; i < 200; i++)
        {
            var application = fake.App($"app{i:D3}");
            if (i % 10 < 3)
            {
                fake.Gate(application, userRoleIds: [roles[i % 2]]);
            }
        }

        return ids;
    }
}
