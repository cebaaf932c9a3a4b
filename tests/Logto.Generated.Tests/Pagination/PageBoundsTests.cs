using Logto.Generated.Tests.TestSupport;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Pagination;

/// <summary>Out-of-range page numbers and sizes are refused before any request.</summary>
public class PageBoundsTests
{
    [TestCase(0)]
    [TestCase(101)]
    public void A_list_refuses_a_bad_page_size_when_called_naming_pageSize(int pageSize)
    {
        using var logto = new MockLogto();
        var anything = logto.Handler.When("*").Respond(System.Net.HttpStatusCode.OK, "application/json", "[]");

        Assert.Multiple(() =>
        {
            Assert.That(() => logto.Client.Users.ListUsersAsync(new ListUsersOptions { PageSize = pageSize }), Named("pageSize"));
            Assert.That(() => new LogtoPageable<User>((_, _, _) => throw new AssertionException("must not be called"), pageSize), Named("pageSize"));
        });
        Assert.That(logto.Handler.GetMatchCount(anything), Is.Zero);
    }

    [TestCase(1)]
    [TestCase(100)]
    public async Task The_page_size_bounds_themselves_are_accepted(int pageSize)
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/users", 0);

        await logto.Client.Users.ListUsersAsync(new ListUsersOptions { PageSize = pageSize }).GetPageAsync();

        Assert.That(list.Queries, Is.EqualTo(new[] { $"page=1&page_size={pageSize}" }));
    }

    [TestCase(0)]
    [TestCase(-1)]
    public void A_page_number_below_1_is_refused_naming_pageNumber_or_firstPage(int pageNumber)
    {
        using var logto = new MockLogto();
        var anything = logto.Handler.When("*").Respond(System.Net.HttpStatusCode.OK, "application/json", "[]");
        var users = logto.Client.Users.ListUsersAsync();

        Assert.That(() => users.GetPageAsync(pageNumber), Named("pageNumber"));
        Assert.That(() => users.AsPages(pageNumber), Named("firstPage"));
        Assert.That(logto.Handler.GetMatchCount(anything), Is.Zero);
    }

    [Test]
    public async Task AsPages_can_start_later()
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/users", 5);

        var pages = await logto.Client.Users.ListUsersAsync(new ListUsersOptions { PageSize = 2 }).AsPages(firstPage: 2).ToListAsync();

        Assert.That(pages.Select(page => page.PageNumber), Is.EqualTo(new[] { 2, 3 }));
        Assert.That(list.Queries, Is.EqualTo(new[] { "page=2&page_size=2", "page=3&page_size=2" }));
    }

    private static NUnit.Framework.Constraints.IResolveConstraint Named(string parameter) =>
        Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo(parameter);
}
