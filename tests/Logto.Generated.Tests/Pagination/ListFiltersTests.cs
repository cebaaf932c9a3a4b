using Logto.Generated.Tests.TestSupport;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Pagination;

/// <summary>A list operation's filters, set on its options object, go with the paging parameters on every page.</summary>
public class ListFiltersTests
{
    [Test]
    public async Task Applications_send_types_isThirdParty_and_search()
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/applications", 3);

        var ids = await logto.Client.Applications.ListApplicationsAsync(new ListApplicationsOptions
            {
                Types = [ApplicationType.SPA, ApplicationType.Native],
                IsThirdParty = true,
                Search = new LogtoSearch().MatchAnyField("%x%"),
                PageSize = 2,
            })
            .Select(application => application.Id).ToListAsync();

        Assert.That(list.Queries, Is.EqualTo(new[]
        {
            "types=SPA&types=Native&isThirdParty=true&page=1&page_size=2&search=%25x%25",
            "types=SPA&types=Native&isThirdParty=true&page=2&page_size=2&search=%25x%25",
        }));
        Assert.That(ids, Is.EqualTo(MockLogtoList.ItemIds(3)));
    }

    [Test]
    public async Task Roles_send_type_and_search()
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/roles", 1);

        var ids = await logto.Client.Roles.ListRolesAsync(new ListRolesOptions { Type = RoleType.MachineToMachine, Search = new LogtoSearch().Match("name", "admin") })
            .Select(role => role.Id).ToListAsync();

        Assert.That(list.Queries, Is.EqualTo(new[] { "type=MachineToMachine&page=1&page_size=100&search.name=admin" }));
        Assert.That(ids, Is.EqualTo(new[] { "item001" }));
    }

    [Test]
    public async Task Organization_users_go_to_the_organization_path_with_q()
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/organizations/org%2F1/users", 2);

        var ids = await logto.Client.Organizations.ListOrganizationUsersAsync("org/1", new ListOrganizationUsersOptions { Q = "bob", PageSize = 1 })
            .Select(user => user.Id).ToListAsync();

        Assert.That(list.Queries, Is.EqualTo(new[] { "q=bob&page=1&page_size=1", "q=bob&page=2&page_size=1" }));
        Assert.That(ids, Is.EqualTo(MockLogtoList.ItemIds(2)));
    }

    [Test]
    public void Organization_users_need_an_organization_id_before_any_request()
    {
        using var logto = new MockLogto();
        logto.Handler.Fallback.Throw(new AssertionException("no request may be sent"));

        Assert.That(
            async () => await logto.Client.Organizations.ListOrganizationUsersAsync("").ToListAsync(),
            Throws.ArgumentException.With.Property("ParamName").EqualTo("organizationId"));
    }

    [Test]
    public async Task Logs_send_their_filters()
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/logs", 1);

        var ids = await logto.Client.AuditLogs.ListLogsAsync(new ListLogsOptions
            {
                UserId = "user-1",
                ApplicationId = "app-1",
                LogKey = "ExchangeTokenBy.ClientCredentials",
                StartTime = DateTimeOffset.FromUnixTimeMilliseconds(1700000000000),
                EndTime = DateTimeOffset.FromUnixTimeMilliseconds(1700003600000),
            })
            .Select(log => log.Id).ToListAsync();

        Assert.That(list.Queries, Is.EqualTo(new[]
        {
            "userId=user-1&applicationId=app-1&logKey=ExchangeTokenBy.ClientCredentials&start_time=1700000000000&end_time=1700003600000&page=1&page_size=100",
        }));
        Assert.That(ids, Is.EqualTo(new[] { "item001" }));
    }
}
