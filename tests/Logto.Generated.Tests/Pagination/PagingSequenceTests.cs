using System.Net;
using Logto.Generated.Tests.TestSupport;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Pagination;

/// <summary>Which pages a walk requests, in which order, and when it stops.</summary>
public class PagingSequenceTests
{
    [Test]
    public async Task Items_250_at_page_size_100_take_three_requests_in_order()
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/users", 250);

        var ids = await logto.Client.Users.ListUsersAsync().Select(user => user.Id).ToListAsync();

        Assert.That(list.Queries, Is.EqualTo(new[] { "page=1&page_size=100", "page=2&page_size=100", "page=3&page_size=100" }));
        Assert.That(ids, Is.EqualTo(MockLogtoList.ItemIds(250)));
    }

    [Test]
    public async Task The_pages_carry_their_number_size_and_the_total()
    {
        using var logto = new MockLogto();
        MockLogtoList.Serve(logto, "api/users", 250);

        var pages = new List<(int Number, int Size, int Count, long? Total, bool Capped, bool HasMore)>();
        await foreach (var page in logto.Client.Users.ListUsersAsync().AsPages())
        {
            pages.Add((page.PageNumber, page.PageSize, page.Items.Count, page.TotalCount, page.IsTotalCapped, page.HasMore));
        }

        Assert.That(pages, Is.EqualTo(new[]
        {
            (1, 100, 100, (long?)250, false, true),
            (2, 100, 100, (long?)250, false, true),
            (3, 100, 50, (long?)250, false, false),
        }));
    }

    [Test]
    public async Task A_search_and_a_smaller_page_size_go_on_every_request()
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/users", 5);
        var search = new LogtoSearch().Match("name", "%bench%");

        var ids = await logto.Client.Users.ListUsersAsync(new ListUsersOptions { PageSize = 2, Search = search })
            .Select(user => user.Id).ToListAsync();

        Assert.That(list.Queries, Is.EqualTo(new[]
        {
            "page=1&page_size=2&search.name=%25bench%25",
            "page=2&page_size=2&search.name=%25bench%25",
            "page=3&page_size=2&search.name=%25bench%25",
        }));
        Assert.That(ids, Is.EqualTo(MockLogtoList.ItemIds(5)));
    }

    [Test]
    public async Task A_full_last_page_stops_without_an_extra_request_when_the_total_is_known()
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/users", 200);

        var ids = await logto.Client.Users.ListUsersAsync().Select(user => user.Id).ToListAsync();

        Assert.That(list.Queries, Is.EqualTo(new[] { "page=1&page_size=100", "page=2&page_size=100" }));
        Assert.That(ids, Has.Count.EqualTo(200));
    }

    [Test]
    public async Task Without_a_total_a_full_last_page_is_followed_by_one_empty_page()
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/users", 200, omitTotal: true);

        var ids = await logto.Client.Users.ListUsersAsync().Select(user => user.Id).ToListAsync();

        Assert.That(list.Queries, Is.EqualTo(new[] { "page=1&page_size=100", "page=2&page_size=100", "page=3&page_size=100" }));
        Assert.That(ids, Is.EqualTo(MockLogtoList.ItemIds(200)));
    }

    [Test]
    public async Task A_capped_total_keeps_going_past_short_pages_until_an_empty_page()
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/logs", 130, reportedTotal: 10001, capped: true);

        var ids = await logto.Client.AuditLogs.ListLogsAsync(new ListLogsOptions { EnableCap = true }).Select(log => log.Id).ToListAsync();

        Assert.That(list.Queries, Is.EqualTo(new[]
        {
            "enableCap=true&page=1&page_size=100",
            "enableCap=true&page=2&page_size=100",
            "enableCap=true&page=3&page_size=100",
        }));
        Assert.That(ids, Is.EqualTo(MockLogtoList.ItemIds(130)));
    }

    [Test]
    public async Task A_capped_total_ignores_the_saturated_count()
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/logs", 7, reportedTotal: 4, capped: true);

        var ids = await logto.Client.AuditLogs.ListLogsAsync(new ListLogsOptions { EnableCap = true, PageSize = 2 })
            .Select(log => log.Id).ToListAsync();

        Assert.That(list.Queries, Has.Count.EqualTo(5), "4 pages with items, then the empty page 5");
        Assert.That(ids, Is.EqualTo(MockLogtoList.ItemIds(7)));
    }

    [Test]
    public async Task An_empty_list_takes_one_request()
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/users", 0);

        var ids = await logto.Client.Users.ListUsersAsync().Select(user => user.Id).ToListAsync();
        var pages = await logto.Client.Users.ListUsersAsync().AsPages().ToListAsync();

        Assert.That(ids, Is.Empty);
        Assert.That(pages, Is.Empty, "empty pages are not yielded");
        Assert.That(list.Queries, Is.EqualTo(new[] { "page=1&page_size=100", "page=1&page_size=100" }));
    }

    [Test]
    public async Task A_server_error_on_a_later_page_surfaces_as_LogtoApiException_after_the_earlier_items()
    {
        using var logto = new MockLogto();
        logto.Handler.When(MockLogto.Endpoint + "api/users").WithQueryString("page", "1")
            .Respond(HttpStatusCode.OK, [new("Total-Number", "4")], "application/json", "[{\"id\":\"a\"},{\"id\":\"b\"}]");
        logto.Handler.When(MockLogto.Endpoint + "api/users").WithQueryString("page", "2")
            .Respond(HttpStatusCode.NotFound, "application/json", Fixtures.RealLogto("error-not-found.json"));

        var ids = new List<string>();
        var error = Assert.ThrowsAsync<LogtoApiException>(async () =>
        {
            await foreach (var user in logto.Client.Users.ListUsersAsync(new ListUsersOptions { PageSize = 2 }))
            {
                ids.Add(user.Id);
            }
        });

        Assert.That(ids, Is.EqualTo(new[] { "a", "b" }));
        Assert.That(error!.Code, Is.EqualTo("entity.not_found"));
    }

    [Test]
    public async Task Items_inside_a_response_object_page_the_same_way()
    {
        using var logto = new MockLogto();
        var queries = new List<string>();
        logto.Handler.When(MockLogto.Endpoint + "api/applications/app-1/users/user-1/consent-organizations").Respond(request =>
        {
            queries.Add(request.RequestUri!.Query);
            var body = queries.Count == 1 ? "{\"organizations\":[{\"id\":\"o1\"},{\"id\":\"o2\"}]}" : "{\"organizations\":[{\"id\":\"o3\"}]}";
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        });

        var ids = await logto.Client.Applications.ListApplicationUserConsentOrganizationsAsync("app-1", "user-1", new ListApplicationUserConsentOrganizationsOptions { PageSize = 2 })
            .Select(organization => organization.Id).ToListAsync();

        Assert.That(queries, Is.EqualTo(new[] { "?page=1&page_size=2", "?page=2&page_size=2" }));
        Assert.That(ids, Is.EqualTo(new[] { "o1", "o2", "o3" }));
    }
}
