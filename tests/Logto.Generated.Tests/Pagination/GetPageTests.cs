using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.Tests.Pagination;

/// <summary>One page with its total count and whether that count is capped.</summary>
public class GetPageTests
{
    [Test]
    public async Task A_middle_page_reports_the_total_and_that_more_follows()
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/users", 250);

        var page = await logto.Client.Users.ListUsersAsync(new ListUsersOptions { PageSize = 50 }).GetPageAsync(2);

        Assert.That(list.Queries, Is.EqualTo(new[] { "page=2&page_size=50" }));
        Assert.That(page.Items.Select(user => user.Id), Is.EqualTo(Enumerable.Range(51, 50).Select(MockLogtoList.ItemId)));
        Assert.That((page.PageNumber, page.PageSize, page.TotalCount, page.IsTotalCapped, page.HasMore), Is.EqualTo((2, 50, (long?)250, false, true)));
    }

    [Test]
    public async Task The_last_page_has_no_more()
    {
        using var logto = new MockLogto();
        MockLogtoList.Serve(logto, "api/users", 250);

        var page = await logto.Client.Users.ListUsersAsync(new ListUsersOptions { PageSize = 50 }).GetPageAsync(5);

        Assert.That(page.Items, Has.Count.EqualTo(50));
        Assert.That(page.HasMore, Is.False, "5 x 50 covers the total of 250");
    }

    [Test]
    public async Task A_capped_page_reports_the_cap()
    {
        using var logto = new MockLogto();
        MockLogtoList.Serve(logto, "api/logs", 20, reportedTotal: 10001, capped: true);

        var page = await logto.Client.AuditLogs.ListLogsAsync(new ListLogsOptions { EnableCap = true, PageSize = 10 }).GetPageAsync();

        Assert.That((page.TotalCount, page.IsTotalCapped, page.HasMore), Is.EqualTo(((long?)10001, true, true)));
    }

    [TestCase(0, 10, null, false, false, TestName = "an empty page ends the list")]
    [TestCase(3, 10, null, false, false, TestName = "a short page ends an uncapped list")]
    [TestCase(3, 10, 10001L, true, true, TestName = "a short page does not end a capped list")]
    [TestCase(10, 10, null, false, true, TestName = "a full page without a total may have more")]
    [TestCase(10, 10, 10L, false, false, TestName = "a full page that reaches the total ends the list")]
    [TestCase(10, 10, 11L, false, true, TestName = "a full page below the total has more")]
    public void HasMore_follows_the_stop_rules(int count, int pageSize, long? total, bool capped, bool hasMore)
    {
        var page = new LogtoPage<int>(1, pageSize, Enumerable.Range(1, count).ToList(), total, capped);

        Assert.That(page.HasMore, Is.EqualTo(hasMore));
    }
}
