using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.Tests.ThirdPartyApplications;

/// <summary>The catalog's own load on Logto with the default intervals, counted on a fake clock.</summary>
public class BackgroundLoadTests
{
    [Test]
    public async Task Two_hundred_applications_cost_at_most_twenty_requests_per_ten_seconds_over_thirty_minutes()
    {
        using var fake = new MockLogtoTenant();
        fake.Tenant.AddUser("u1", ["r1"]);
        for (var i = 0; i < 200; i++)
        {
            var application = fake.Tenant.AddApplication($"app{i:D3}");
            if (i % 10 < 3)
            {
                application.WithAccessControl(userRoleIds: ["r" + (i % 2)]);
            }
        }

        var clock = new ManualTimeProvider();
        using var service = ThirdPartyServices.Create(fake, timeProvider: clock);
        await service.WarmUpAsync();
        var cold = fake.Tenant.Requests.Count;
        var perMinute = new List<int>();
        for (var minute = 0; minute < 30; minute++)
        {
            var before = fake.Tenant.Requests.Count;
            await CatalogTests.TickAsync(clock, service, TimeSpan.FromMinutes(1));
            perMinute.Add(fake.Tenant.Requests.Count - before);
        }

        var perTenSeconds = perMinute.Sum() / 180.0;
        Assert.That(cold, Is.EqualTo(2 + 60 + 400), "cold: 2 list pages, 60 rule sets, 200 sign-in experiences and consent scopes");
        Assert.That(perTenSeconds, Is.LessThanOrEqualTo(20));
        Assert.That(perMinute.Sum(), Is.GreaterThanOrEqualTo((30 * 2) + (2 * 400)), "every application's details were read again each 10 minutes or so");
        Assert.That(perMinute.Max(), Is.LessThan(200), "no minute spends the tenant's whole 10-second budget");
        TestContext.Out.WriteLine($"cold {cold}; per minute {string.Join(',', perMinute)}; average {perTenSeconds:F1} per 10 s");
    }
}
