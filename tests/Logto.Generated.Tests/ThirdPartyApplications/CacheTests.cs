using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.Tests.ThirdPartyApplications;

/// <summary>The optional short-lived cache of per-application data.</summary>
public class CacheTests
{
    [Test]
    public async Task Within_the_time_to_live_only_the_lists_are_fetched_again()
    {
        using var fake = Tenant();
        var clock = new ManualTimeProvider();
        var service = ThirdPartyServices.Create(fake, options => options.CacheTimeToLive = TimeSpan.FromSeconds(30), timeProvider: clock);

        var first = await service.IdsForAsync("u1");
        var afterFirst = fake.Tenant.Requests.Count;
        clock.Advance(TimeSpan.FromSeconds(29));
        var second = await service.IdsForAsync("u1");

        Assert.That(afterFirst, Is.EqualTo(3 + 2 + 2 + 2), "lists, a's rules, b's rules, a and c's sign-in experience and consent scopes");
        Assert.That(second, Is.EqualTo(first).And.EqualTo(new[] { "a", "c" }));
        Assert.That(fake.Tenant.Requests.Skip(afterFirst), Is.EquivalentTo(new[]
        {
            "GET /api/applications?isThirdParty=true&page=1&page_size=100",
            "GET /api/users/u1/roles?page=1&page_size=100",
            "GET /api/users/u1/organizations",
        }));
    }

    [Test]
    public async Task After_the_time_to_live_the_per_application_data_is_fetched_again()
    {
        using var fake = Tenant();
        var clock = new ManualTimeProvider();
        var service = ThirdPartyServices.Create(fake, options => options.CacheTimeToLive = TimeSpan.FromSeconds(30), timeProvider: clock);

        await service.GetForUserAsync("u1");
        clock.Advance(TimeSpan.FromSeconds(30));
        await service.GetForUserAsync("u1");

        Assert.That(fake.Tenant.Count("GET /api/applications/a/access-control"), Is.EqualTo(2));
        Assert.That(fake.Tenant.Count("GET /api/applications/c/sign-in-experience"), Is.EqualTo(2));
    }

    [Test]
    public async Task Without_a_time_to_live_every_call_fetches_everything()
    {
        using var fake = Tenant();
        var service = ThirdPartyServices.Create(fake);

        await service.GetForUserAsync("u1");
        await service.GetForUserAsync("u1");

        Assert.That(fake.Tenant.Requests, Has.Count.EqualTo(2 * 9));
    }

    [Test]
    public async Task A_failure_is_not_cached()
    {
        using var fake = Tenant();
        var service = ThirdPartyServices.Create(fake, options => options.CacheTimeToLive = TimeSpan.FromMinutes(5), timeProvider: new ManualTimeProvider());
        fake.Tenant.Fail("/api/applications/c/sign-in-experience", 503);

        Assert.ThrowsAsync<LogtoApiException>(() => service.GetForUserAsync("u1"));
        fake.Tenant.Unfail("/api/applications/c/sign-in-experience");
        var ids = await service.IdsForAsync("u1");

        Assert.That(ids, Is.EqualTo(new[] { "a", "c" }));
    }

    [Test]
    public async Task A_changed_rule_applies_once_the_cached_rules_expire()
    {
        using var fake = Tenant();
        var clock = new ManualTimeProvider();
        var service = ThirdPartyServices.Create(fake, options => options.CacheTimeToLive = TimeSpan.FromSeconds(30), timeProvider: clock);
        await service.GetForUserAsync("u1");

        fake.Tenant.Applications.Single(app => app.Id == "b").WithAccessControl(userIds: ["u1"]);
        var cached = await service.IdsForAsync("u1");
        clock.Advance(TimeSpan.FromSeconds(31));
        var fresh = await service.IdsForAsync("u1");

        Assert.That(cached, Is.EqualTo(new[] { "a", "c" }));
        Assert.That(fresh, Is.EqualTo(new[] { "a", "b", "c" }));
    }

    /// <summary>a: admits u1; b: refuses u1; c: open, no sign-in experience (404, cached as none).</summary>
    private static MockLogtoTenant Tenant()
    {
        var fake = new MockLogtoTenant();
        fake.Tenant.AddUser("u1", ["r1"]);
        fake.Tenant.AddApplication("a").WithAccessControl(userRoleIds: ["r1"]).WithSignInExperience("A", null, null);
        fake.Tenant.AddApplication("b").WithAccessControl(userRoleIds: ["r2"]);
        fake.Tenant.AddApplication("c");
        return fake;
    }
}
