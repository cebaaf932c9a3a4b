using Logto.Generated.Tests.TestSupport;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Pagination;

/// <summary>Out-of-range page numbers and sizes are refused before any request, when the call is made.</summary>
public class PageBoundsTests
{
    [TestCase(0, 20, "page")]
    [TestCase(-1, 20, "page")]
    [TestCase(1, 0, "page_size")]
    [TestCase(1, 101, "page_size")]
    public void A_generated_list_operation_refuses_bad_paging_naming_the_wire_parameter(int page, int pageSize, string parameter)
    {
        using var logto = new MockLogto();
        var anything = logto.Handler.When("*").Respond(System.Net.HttpStatusCode.OK, "application/json", "[]");

        Assert.That(
            () => logto.Client.Users.ListUsersAsync(page, pageSize),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo(parameter));
        Assert.That(logto.Handler.GetMatchCount(anything), Is.Zero);
    }

    [TestCase(1)]
    [TestCase(100)]
    public async Task The_page_size_bounds_themselves_are_accepted(int pageSize)
    {
        using var logto = new MockLogto();
        var list = FakeLogtoList.Serve(logto, "api/users", 0);

        await logto.Client.Users.ListUsersAsync(1, pageSize);

        Assert.That(list.Queries, Is.EqualTo(new[] { $"page=1&page_size={pageSize}" }));
    }

    [TestCase(0)]
    [TestCase(101)]
    public void The_walks_refuse_a_bad_page_size_when_called_naming_pageSize(int pageSize)
    {
        using var logto = new MockLogto();
        var users = logto.Client.Users;
        LogtoPageFetcher<ICollection<User>> fetch = (page, size, ct) => users.ListUsersAsync(page, size, null, ct);
        NUnit.Framework.Constraints.IResolveConstraint Named() => Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("pageSize");

        Assert.Multiple(() =>
        {
            Assert.That(() => { _ = users.ListAllUsersAsync(pageSize: pageSize); }, Named());
            Assert.That(() => { _ = LogtoPaging.EnumerateAsync(fetch, pageSize); }, Named());
            Assert.That(() => { _ = LogtoPaging.EnumeratePagesAsync(fetch, pageSize); }, Named());
            Assert.That(() => { _ = LogtoPaging.GetPageAsync(fetch, 1, pageSize); }, Named());
        });
    }

    [Test]
    public void GetPageAsync_refuses_page_zero_naming_pageNumber()
    {
        var calls = 0;
        LogtoPageFetcher<ICollection<User>> fetch = (page, size, ct) =>
        {
            calls++;
            throw new InvalidOperationException("must not be called");
        };

        Assert.That(
            () => { _ = LogtoPaging.GetPageAsync(fetch, pageNumber: 0); },
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("pageNumber"));
        Assert.That(calls, Is.Zero);
    }
}
