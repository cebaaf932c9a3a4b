using Logto.Generated.Testing;
using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.Tests.ThirdPartyApplications;

/// <summary>How many Management API requests a call costs, and how many run at once.</summary>
public class RequestBudgetTests
{
    private static readonly string[] PerApplication = ["GetApplicationAccessControl", "GetApplicationSignInExperience", "ListApplicationUserConsentScopes"];

    [TestCase(1)]
    [TestCase(12)]
    [TestCase(150)]
    public async Task A_cold_call_costs_the_lists_plus_at_most_three_requests_per_application_and_a_warm_call_two(int applicationCount)
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        var r1 = fake.Seed.Role("r1", u1);
        var r2 = fake.Seed.Role("r2");
        var org1 = fake.Seed.Organization("org1");
        fake.Seed.Member(org1, u1, fake.Seed.OrganizationRole("or1"));
        int enabled = 0, admitted = 0;
        for (var i = 0; i < applicationCount; i++)
        {
            var application = fake.App($"app{i:D3}");
            switch (i % 3)
            {
                case 1:
                    fake.Gate(application, userRoleIds: [r1]);
                    enabled++;
                    admitted++;
                    break;
                case 2:
                    fake.Gate(application, userRoleIds: [r2]);
                    enabled++;
                    break;
                default:
                    admitted++;
                    break;
            }
        }

        using var service = ThirdPartyServices.Create(fake);
        var items = await service.GetForUserAsync(u1);
        var cold = fake.Reads().Count;
        var again = await service.GetForUserAsync(u1);

        var applicationPages = (applicationCount + 99) / 100;
        Assert.That(items, Has.Count.EqualTo(admitted));
        Assert.That(again.Select(item => item.Id), Is.EqualTo(items.Select(item => item.Id)));
        Assert.That(cold, Is.EqualTo(applicationPages + 2 + enabled + (2 * applicationCount)));
        Assert.That(cold, Is.LessThanOrEqualTo(applicationPages + 2 + (3 * applicationCount)));
        Assert.That(fake.Reads().Skip(cold), Is.EquivalentTo(new[] { $"GET /api/users/{u1}/roles?page=1&page_size=100", $"GET /api/users/{u1}/organizations" }));
    }

    [Test]
    public async Task A_user_with_more_than_a_page_of_roles_costs_one_request_per_further_page()
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        var roles = Enumerable.Range(0, 250).Select(i => fake.Seed.Role("r" + i, u1)).ToList();
        var a = fake.App("a");
        fake.Gate(a, userRoleIds: [roles[249]]);
        using var service = ThirdPartyServices.Create(fake);
        await service.WarmUpAsync();
        var warm = fake.Reads().Count;

        var ids = await service.IdsForAsync(u1);

        Assert.That(ids, Is.EqualTo(new[] { a }));
        Assert.That(fake.Reads().Skip(warm), Is.EquivalentTo(new[]
        {
            $"GET /api/users/{u1}/roles?page=1&page_size=100",
            $"GET /api/users/{u1}/roles?page=2&page_size=100",
            $"GET /api/users/{u1}/roles?page=3&page_size=100",
            $"GET /api/users/{u1}/organizations",
        }));
    }

    [Test]
    public async Task The_user_data_is_fetched_once_however_many_applications_use_it()
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        var r1 = fake.Seed.Role("r1", u1);
        var or1 = fake.Seed.OrganizationRole("or1");
        var org1 = fake.Seed.Organization("org1");
        fake.Seed.Member(org1, u1, or1);
        for (var i = 0; i < 40; i++)
        {
            fake.Gate(fake.App($"app{i:D2}"), userRoleIds: [r1], organizationIds: [org1], organizationRoleRules: (org1, [or1]));
        }

        var items = await ThirdPartyServices.Create(fake).GetForUserAsync(u1);

        Assert.That(items, Has.Count.EqualTo(40));
        Assert.That(fake.Count($"GET /api/users/{u1}/roles"), Is.EqualTo(1));
        Assert.That(fake.Count($"GET /api/users/{u1}/organizations"), Is.EqualTo(1));
    }

    [TestCase(null, 8)]
    [TestCase(3, 3)]
    [TestCase(1, 1)]
    public async Task A_catalog_load_has_requests_in_flight_up_to_but_never_past_the_limit(int? maxConcurrency, int expectedPeak)
    {
        using var fake = new FakeLogto();
        for (var i = 0; i < 30; i++)
        {
            fake.App($"app{i:D2}");
        }

        // Per-application requests wait until the limit is in flight at once: a serial client never gets there.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var held = fake.InjectFault("*", FakeLogtoFault.Held(release.Task), times: int.MaxValue, when: request => request.OperationId is { } operation && PerApplication.Contains(operation));
        var service = ThirdPartyServices.Create(fake, options =>
        {
            if (maxConcurrency is { } limit)
            {
                options.MaxConcurrency = limit;
            }
        });

        var load = service.WarmUpAsync();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (fake.RequestsInFlight < expectedPeak && DateTime.UtcNow < deadline)
        {
            await Task.Delay(1);
        }

        // Not a measurement: only a window in which a client that ignores its limit would start more.
        await Task.Delay(200);
        release.SetResult();
        await load;

        Assert.That(service.CatalogStatus.ApplicationCount, Is.EqualTo(30));
        Assert.That(fake.PeakRequestsInFlight, Is.EqualTo(expectedPeak));
    }
}
