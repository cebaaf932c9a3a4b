using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.Tests.Queries;

/// <summary>The search and paging examples of the README section, run against a fake server.</summary>
public class ReadmeQueryExamplesTests
{
    [Test]
    public async Task The_search_example_sends_the_documented_keys()
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/users", 1);
        var client = logto.Client;

        var search = new LogtoSearch()
            .Match("name", "%alice%")
            .MatchExact("primaryEmail", "a@example.com", "b@example.com")
            .Joint(LogtoSearchJoint.And)
            .CaseSensitive(false);
        var users = await client.Users.ListUsersAsync(new ListUsersOptions { PageSize = 50, Search = search }).GetPageAsync();

        Assert.That(list.Queries, Is.EqualTo(new[]
        {
            "page=1&page_size=50&search.name=%25alice%25&search.primaryEmail=a%40example.com&search.primaryEmail=b%40example.com"
                + "&mode.primaryEmail=exact&joint=and&isCaseSensitive=false",
        }));
        Assert.That(users.Items.Single().Id, Is.EqualTo("item001"));
    }

    [Test]
    public async Task The_paging_examples_walk_and_fetch_as_documented()
    {
        using var logto = new MockLogto();
        var scopes = MockLogtoList.Serve(logto, "api/roles/role-1/scopes", 120);
        var users = MockLogtoList.Serve(logto, "api/users", 75);
        var client = logto.Client;
        var roleId = "role-1";

        var names = new List<string>();
        await foreach (var scope in client.Roles.ListRoleScopesAsync(roleId, new ListRoleScopesOptions { PageSize = 50 }))
        {
            names.Add(scope.Id);
        }

        var page = await client.Users.ListUsersAsync(new ListUsersOptions { PageSize = 20 }).GetPageAsync(3);

        Assert.That(scopes.Queries, Is.EqualTo(new[] { "page=1&page_size=50", "page=2&page_size=50", "page=3&page_size=50" }));
        Assert.That(names, Is.EqualTo(MockLogtoList.ItemIds(120)));
        Assert.That(users.Queries, Is.EqualTo(new[] { "page=3&page_size=20" }));
        Assert.That((page.Items.Count, page.TotalCount, page.IsTotalCapped, page.HasMore), Is.EqualTo((20, (long?)75, false, true)));
    }
}
