using Logto.Generated.Tests.TestSupport;
using Microsoft.Extensions.Logging;

namespace Logto.Generated.Tests.ThirdPartyApplications;

/// <summary>Which applications the service returns, and which requests it sends to find out, over the wire.</summary>
public class AccessFilteringTests
{
    [Test]
    public async Task Returns_the_accessible_applications_in_server_order_from_one_fetch_of_the_user()
    {
        using var fake = new MockLogtoTenant();
        fake.Tenant.AddUser("u1", ["r1", "r2"], ("org1", ["or1"]), ("org2", []));
        fake.Tenant.AddApplication("open");
        fake.Tenant.AddApplication("by-user").WithAccessControl(userIds: ["u1"]);
        fake.Tenant.AddApplication("denied").WithAccessControl(userIds: ["u2"], userRoleIds: ["r3"], organizationIds: ["org3"]);
        fake.Tenant.AddApplication("by-org-role").WithAccessControl(organizationRoleRules: ("org1", ["or1"]));
        fake.Tenant.AddApplication("wrong-org-role").WithAccessControl(organizationRoleRules: ("org1", ["or9"]));
        fake.Tenant.AddApplication("by-role").WithAccessControl(userRoleIds: ["r2"]);
        fake.Tenant.AddApplication("by-org").WithAccessControl(organizationIds: ["org2"]);

        var ids = await ThirdPartyServices.Create(fake).IdsForAsync("u1");

        Assert.That(ids, Is.EqualTo(new[] { "open", "by-user", "by-org-role", "by-role", "by-org" }));
        var requests = fake.Tenant.Requests;
        Assert.That(requests.Where(r => !r.StartsWith("GET /api/applications/", StringComparison.Ordinal)), Is.EquivalentTo(new[]
        {
            "GET /api/applications?isThirdParty=true&page=1&page_size=100",
            "GET /api/users/u1/roles?page=1&page_size=100",
            "GET /api/users/u1/organizations",
        }));
        Assert.That(fake.Tenant.Count("GET /api/applications/open/access-control"), Is.Zero, "access control is read only when enabled");
        Assert.That(requests.Count(r => r.EndsWith("/access-control", StringComparison.Ordinal)), Is.EqualTo(6));
        Assert.That(fake.Tenant.Count("GET /api/applications/by-role/sign-in-experience"), Is.EqualTo(1));
        Assert.That(fake.Tenant.Count("GET /api/applications/by-role/user-consent-scopes"), Is.EqualTo(1));
    }

    [Test]
    public async Task Reads_every_page_of_the_user_roles()
    {
        using var fake = new MockLogtoTenant();
        fake.Tenant.AddUser("u1", Enumerable.Range(1, 130).Select(i => $"r{i}"));
        fake.Tenant.AddApplication("needs-r125").WithAccessControl(userRoleIds: ["r125"]);
        fake.Tenant.AddApplication("needs-r131").WithAccessControl(userRoleIds: ["r131"]);

        var ids = await ThirdPartyServices.Create(fake).IdsForAsync("u1");

        Assert.That(ids, Is.EqualTo(new[] { "needs-r125" }));
        Assert.That(fake.Tenant.Requests.Where(r => r.Contains("/roles", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            "GET /api/users/u1/roles?page=1&page_size=100",
            "GET /api/users/u1/roles?page=2&page_size=100",
        }));
    }

    [Test]
    public async Task Reads_the_whole_unpaged_list_of_the_user_organizations()
    {
        // GET /api/users/{userId}/organizations has no page parameters in Logto's spec: one response holds them all.
        using var fake = new MockLogtoTenant();
        var memberships = Enumerable.Range(1, 150).Select(i => ($"org{i}", i == 150 ? new[] { "admin" } : new[] { "viewer" })).ToArray();
        fake.Tenant.AddUser("u1", [], memberships);
        fake.Tenant.AddApplication("admins-of-org150").WithAccessControl(organizationRoleRules: ("org150", ["admin"]));
        fake.Tenant.AddApplication("admins-of-org1").WithAccessControl(organizationRoleRules: ("org1", ["admin"]));
        fake.Tenant.AddApplication("members-of-org101").WithAccessControl(organizationIds: ["org101"]);

        var ids = await ThirdPartyServices.Create(fake).IdsForAsync("u1");

        Assert.That(ids, Is.EqualTo(new[] { "admins-of-org150", "members-of-org101" }));
        Assert.That(fake.Tenant.Requests.Where(r => r.Contains("/organizations", StringComparison.Ordinal)), Is.EqualTo(new[] { "GET /api/users/u1/organizations" }));
    }

    [Test]
    public async Task Reads_every_page_of_third_party_applications()
    {
        using var fake = new MockLogtoTenant();
        fake.Tenant.AddUser("u1");
        var expected = Enumerable.Range(1, 120).Select(i => $"app{i:D3}").ToList();
        expected.ForEach(id => fake.Tenant.AddApplication(id));

        var ids = await ThirdPartyServices.Create(fake).IdsForAsync("u1");

        Assert.That(ids, Is.EqualTo(expected));
        Assert.That(fake.Tenant.Requests.Where(r => r.StartsWith("GET /api/applications?", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            "GET /api/applications?isThirdParty=true&page=1&page_size=100",
            "GET /api/applications?isThirdParty=true&page=2&page_size=100",
        }));
    }

    [Test]
    public async Task Drops_first_party_applications_a_server_lists_despite_the_filter()
    {
        using var fake = new MockLogtoTenant();
        fake.Tenant.IgnoresThirdPartyFilter = true;
        fake.Tenant.AddUser("u1");
        fake.Tenant.AddApplication("first-party", isThirdParty: false);
        fake.Tenant.AddApplication("third-party");

        var ids = await ThirdPartyServices.Create(fake).IdsForAsync("u1");

        Assert.That(ids, Is.EqualTo(new[] { "third-party" }));
        Assert.That(fake.Tenant.Requests.Where(r => r.Contains("first-party", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task An_older_server_without_the_access_control_route_opens_the_applications_with_one_warning()
    {
        using var fake = new MockLogtoTenant();
        fake.Tenant.AccessControlRouteMissing = true;
        fake.Tenant.AddUser("u1");
        fake.Tenant.AddApplication("a").WithAccessControl(userIds: ["someone-else"]);
        fake.Tenant.AddApplication("b").WithAccessControl(userIds: ["someone-else"]);
        var logger = new RecordingLogger<ThirdPartyApplicationsService>();
        var service = ThirdPartyServices.Create(fake, logger: logger);

        var first = await service.IdsForAsync("u1");
        var second = await service.IdsForAsync("u1");

        Assert.That(first, Is.EqualTo(new[] { "a", "b" }));
        Assert.That(second, Is.EqualTo(new[] { "a", "b" }));
        var warnings = logger.Entries.Where(entry => entry.Level == LogLevel.Warning).ToList();
        Assert.That(warnings, Has.Count.EqualTo(1));
        Assert.That(warnings[0].Message, Does.Contain("access-control").And.Contain("every user"));
    }

    [Test]
    public async Task Access_control_disabled_means_every_user_even_with_rules_stored()
    {
        using var fake = new MockLogtoTenant();
        fake.Tenant.AddUser("u1");
        fake.Tenant.AddApplication("rules-but-off").WithAccessControl(userIds: ["someone-else"]).Set("appLevelAccessControlEnabled", false);

        var ids = await ThirdPartyServices.Create(fake).IdsForAsync("u1");

        Assert.That(ids, Is.EqualTo(new[] { "rules-but-off" }));
        Assert.That(fake.Tenant.Count("GET /api/applications/rules-but-off/access-control"), Is.Zero);
    }

    [Test]
    public async Task Enabled_access_control_with_empty_rules_admits_nobody()
    {
        using var fake = new MockLogtoTenant();
        fake.Tenant.AddUser("u1", ["r1"], ("org1", ["or1"]));
        fake.Tenant.AddApplication("locked").WithAccessControl();

        var ids = await ThirdPartyServices.Create(fake).IdsForAsync("u1");

        Assert.That(ids, Is.Empty);
    }
}
