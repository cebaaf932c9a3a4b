using Logto.Generated.Testing;
using Logto.Generated.Tests.TestSupport;
using Microsoft.Extensions.Logging;

namespace Logto.Generated.Tests.ThirdPartyApplications;

/// <summary>Which applications the service returns, and which requests it sends to find out, on the fake Logto.</summary>
public class AccessFilteringTests
{
    [Test]
    public async Task Returns_the_accessible_applications_in_server_order_from_one_fetch_of_the_user()
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        var u2 = fake.Seed.User("u2");
        fake.Seed.Role("r1", u1);
        var r2 = fake.Seed.Role("r2", u1);
        var r3 = fake.Seed.Role("r3", u2);
        var or1 = fake.Seed.OrganizationRole("or1");
        var or9 = fake.Seed.OrganizationRole("or9");
        var org1 = fake.Seed.Organization("org1");
        fake.Seed.Member(org1, u1, or1);
        var org2 = fake.Seed.Organization("org2", u1);
        var org3 = fake.Seed.Organization("org3", u2);

        // Seeded last to first: Logto lists the newest application first.
        var byOrg = fake.App("by-org");
        fake.Gate(byOrg, organizationIds: [org2]);
        var byRole = fake.App("by-role");
        fake.Gate(byRole, userRoleIds: [r2]);
        var wrongOrgRole = fake.App("wrong-org-role");
        fake.Gate(wrongOrgRole, organizationRoleRules: (org1, [or9]));
        var byOrgRole = fake.App("by-org-role");
        fake.Gate(byOrgRole, organizationRoleRules: (org1, [or1]));
        var denied = fake.App("denied");
        fake.Gate(denied, userIds: [u2], userRoleIds: [r3], organizationIds: [org3]);
        var byUser = fake.App("by-user");
        fake.Gate(byUser, userIds: [u1]);
        var open = fake.App("open");
        fake.ClearRequests();

        var ids = await ThirdPartyServices.Create(fake).IdsForAsync(u1);

        Assert.That(ids, Is.EqualTo(new[] { open, byUser, byOrgRole, byRole, byOrg }));
        var reads = fake.Reads();
        Assert.That(reads.Where(r => !r.StartsWith("GET /api/applications/", StringComparison.Ordinal)), Is.EquivalentTo(new[]
        {
            "GET /api/applications?isThirdParty=true&page=1&page_size=100",
            $"GET /api/users/{u1}/roles?page=1&page_size=100",
            $"GET /api/users/{u1}/organizations",
        }));
        Assert.That(fake.Requests.Where(r => r.OperationId != FakeLogto.TokenOperation).Select(r => r.Method), Has.All.EqualTo("GET"), "the service only reads");
        Assert.That(fake.Count($"GET /api/applications/{open}/access-control"), Is.Zero, "access control is read only when enabled");
        Assert.That(reads.Count(r => r.EndsWith("/access-control", StringComparison.Ordinal)), Is.EqualTo(6));
        Assert.That(fake.Count($"GET /api/applications/{byRole}/sign-in-experience"), Is.EqualTo(1));
        Assert.That(fake.Count($"GET /api/applications/{byRole}/user-consent-scopes"), Is.EqualTo(1));
    }

    [Test]
    public async Task Reads_every_page_of_the_user_roles()
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        var roles = Enumerable.Range(1, 130).Select(i => fake.Seed.Role($"r{i}", u1)).ToList();
        var notHeld = fake.Seed.Role("r131");
        var needsR125 = fake.App("needs-r125");
        fake.Gate(needsR125, userRoleIds: [roles[124]]);
        var needsR131 = fake.App("needs-r131");
        fake.Gate(needsR131, userRoleIds: [notHeld]);

        var ids = await ThirdPartyServices.Create(fake).IdsForAsync(u1);

        Assert.That(ids, Is.EqualTo(new[] { needsR125 }));
        Assert.That(fake.Reads().Where(r => r.Contains("/roles", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            $"GET /api/users/{u1}/roles?page=1&page_size=100",
            $"GET /api/users/{u1}/roles?page=2&page_size=100",
        }));
    }

    [Test]
    public async Task Reads_the_whole_unpaged_list_of_the_user_organizations()
    {
        // GET /api/users/{userId}/organizations has no page parameters in Logto's spec: one response holds them all.
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        var admin = fake.Seed.OrganizationRole("admin");
        var viewer = fake.Seed.OrganizationRole("viewer");
        var organizations = Enumerable.Range(1, 150).Select(i => fake.Seed.Organization($"org{i}")).ToList();
        for (var i = 0; i < 150; i++)
        {
            fake.Seed.Member(organizations[i], u1, i == 149 ? admin : viewer);
        }

        var membersOfOrg101 = fake.App("members-of-org101");
        fake.Gate(membersOfOrg101, organizationIds: [organizations[100]]);
        var adminsOfOrg1 = fake.App("admins-of-org1");
        fake.Gate(adminsOfOrg1, organizationRoleRules: (organizations[0], [admin]));
        var adminsOfOrg150 = fake.App("admins-of-org150");
        fake.Gate(adminsOfOrg150, organizationRoleRules: (organizations[149], [admin]));

        var ids = await ThirdPartyServices.Create(fake).IdsForAsync(u1);

        Assert.That(ids, Is.EqualTo(new[] { adminsOfOrg150, membersOfOrg101 }));
        Assert.That(fake.Reads().Where(r => r.Contains("/organizations", StringComparison.Ordinal)), Is.EqualTo(new[] { $"GET /api/users/{u1}/organizations" }));
    }

    [Test]
    public async Task Reads_every_page_of_third_party_applications()
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        var seeded = Enumerable.Range(1, 120).Select(i => fake.App($"app{i:D3}")).ToList();

        var ids = await ThirdPartyServices.Create(fake).IdsForAsync(u1);

        Assert.That(ids, Is.EqualTo(Enumerable.Reverse(seeded)), "newest first, as Logto lists them");
        Assert.That(fake.Reads().Where(r => r.StartsWith("GET /api/applications?", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            "GET /api/applications?isThirdParty=true&page=1&page_size=100",
            "GET /api/applications?isThirdParty=true&page=2&page_size=100",
        }));
    }

    [Test]
    public async Task An_older_server_without_the_access_control_route_opens_the_applications_with_one_warning()
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        var someoneElse = fake.Seed.User("someone_else");
        var b = fake.App("b");
        fake.Gate(b, userIds: [someoneElse]);
        var a = fake.App("a");
        fake.Gate(a, userIds: [someoneElse]);
        using var routeMissing = fake.InjectFault(
            "GetApplicationAccessControl", FakeLogtoFault.Error(404, "router.not_found", "No route for GET /api/applications/{id}/access-control."), times: int.MaxValue);
        var logger = new RecordingLogger<ThirdPartyApplicationsService>();
        var service = ThirdPartyServices.Create(fake, logger: logger);

        var first = await service.IdsForAsync(u1);
        var second = await service.IdsForAsync(u1);

        Assert.That(first, Is.EqualTo(new[] { a, b }));
        Assert.That(second, Is.EqualTo(new[] { a, b }));
        var warnings = logger.Entries.Where(entry => entry.Level == LogLevel.Warning).ToList();
        Assert.That(warnings, Has.Count.EqualTo(1));
        Assert.That(warnings[0].Message, Does.Contain("access-control").And.Contain("every user"));
    }

    [Test]
    public async Task Access_control_disabled_means_every_user_even_with_rules_stored()
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        var someoneElse = fake.Seed.User("someone_else");
        var rulesButOff = fake.App("rules-but-off");
        fake.Rules(rulesButOff, userIds: [someoneElse]);

        var ids = await ThirdPartyServices.Create(fake).IdsForAsync(u1);

        Assert.That(ids, Is.EqualTo(new[] { rulesButOff }));
        Assert.That(fake.Count($"GET /api/applications/{rulesButOff}/access-control"), Is.Zero);
    }

    [Test]
    public async Task Enabled_access_control_with_empty_rules_admits_nobody()
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        fake.Seed.Role("r1", u1);
        var org1 = fake.Seed.Organization("org1");
        fake.Seed.Member(org1, u1, fake.Seed.OrganizationRole("or1"));
        var locked = fake.App("locked");
        fake.Gate(locked, userIds: [u1]);
        fake.Rules(locked); // Logto enables access control only with a rule; the rules can be emptied afterwards.

        var ids = await ThirdPartyServices.Create(fake).IdsForAsync(u1);

        Assert.That(ids, Is.Empty);
    }
}
