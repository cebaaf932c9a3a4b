using System.Text.Json.Nodes;

namespace Logto.Generated.ContractTests;

/// <summary>Paging, Total-Number, Link headers and search on <c>GET /api/users</c>.</summary>
public class ListingScenarios : ContractTest
{
    private string _tag = null!;

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        _tag = Unique("lst").ToLowerInvariant();
        // A few milliseconds apart, so that "newest first" has one answer on a real Logto too.
        await Target.CreateAsync("/api/users", new { username = _tag + "a", name = "Listing Alpha" });
        await Task.Delay(5);
        await Target.CreateAsync("/api/users", new { username = _tag + "b", name = "Listing Beta" });
        await Task.Delay(5);
        await Target.CreateAsync("/api/users", new { username = _tag + "c" });
    }

    private Task<Answer> ListAsync(string query) => Target.SendAsync("GET", "/api/users?" + query);

    [Test]
    public async Task Search_like_pages_with_Total_Number()
    {
        var answer = await ListAsync($"search=%25{_tag}%25&page=1&page_size=2");
        Assert.That(answer.Items, Has.Count.EqualTo(2));
        Assert.That(answer.Header("Total-Number"), Is.EqualTo("3"));
    }

    [Test]
    public async Task The_newest_user_comes_first()
    {
        var answer = await ListAsync($"search=%25{_tag}%25");
        Assert.That(answer.Items.Select(item => (string?)item!["username"]), Is.EqualTo(new[] { _tag + "c", _tag + "b", _tag + "a" }));
    }

    [Test]
    public async Task A_page_past_the_end_is_200_empty_with_Total_Number()
    {
        var answer = await ListAsync($"search=%25{_tag}%25&page=9&page_size=1");
        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Items, Is.Empty);
        Assert.That(answer.Header("Total-Number"), Is.EqualTo("3"));
    }

    [Test]
    public async Task Link_headers_name_first_prev_next_last_without_the_api_prefix()
    {
        var answer = await ListAsync($"search=%25{_tag}%25&page=2&page_size=1");
        var links = answer.Headers["Link"];
        Assert.That(links, Has.Count.EqualTo(4));
        Assert.That(links, Has.Some.Contains("rel=\"next\"").And.Some.Contains("rel=\"prev\"").And.Some.Contains("rel=\"first\"").And.Some.Contains("rel=\"last\""));
        Assert.That(links, Has.All.Contains("/users?").And.All.Not.Contains("/api/users"));
        Assert.That(links.Single(link => link.Contains("rel=\"last\"")), Does.Contain("page=3"));
    }

    [Test]
    public async Task An_exact_field_search_matches_one()
    {
        var answer = await ListAsync($"search.username={_tag}a&mode.username=exact");
        Assert.That(answer.Items.Select(item => (string?)item!["username"]), Is.EqualTo(new[] { _tag + "a" }));
    }

    [Test]
    public async Task Two_field_searches_joined_with_or()
    {
        var answer = await ListAsync($"search.username=%25{_tag}a%25&search.name=%25Listing Beta%25&joint=or");
        Assert.That(answer.Items, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Two_field_searches_joined_with_and()
    {
        var answer = await ListAsync($"search.username=%25{_tag}%25&search.name=%25Beta%25&joint=and");
        Assert.That(answer.Items.Select(item => (string?)item!["username"]), Is.EqualTo(new[] { _tag + "b" }));
    }

    [Test]
    public async Task Search_is_case_insensitive_unless_asked()
    {
        var upper = _tag.ToUpperInvariant();
        var insensitive = await ListAsync($"search=%25{upper}%25");
        var sensitive = await ListAsync($"search=%25{upper}%25&isCaseSensitive=true");
        Assert.That(insensitive.Items, Has.Count.EqualTo(3));
        Assert.That(sensitive.Items, Is.Empty);
    }

    [Test]
    public async Task An_unknown_search_mode_is_400_request_invalid_input()
    {
        var answer = await ListAsync("search.username=x&mode.username=nope");
        Assert.That(answer.Status, Is.EqualTo(400));
        Assert.That(answer.Code, Is.EqualTo("request.invalid_input"));
    }

    [TestCase("page_size=101")]
    [TestCase("page_size=0")]
    [TestCase("page=0")]
    public async Task Paging_out_of_bounds_is_400_guard_invalid_pagination(string query)
    {
        var answer = await ListAsync(query);
        Assert.That(answer.Status, Is.EqualTo(400));
        Assert.That(answer.Code, Is.EqualTo("guard.invalid_pagination"));
    }

    [Test]
    public async Task The_page_size_of_100_is_allowed()
    {
        var answer = await ListAsync("page_size=100");
        Assert.That(answer.Status, Is.EqualTo(200));
    }

    [Test]
    public async Task The_typed_pager_reads_every_page()
    {
        var users = new List<string?>();
        await foreach (var user in Target.Client.Users.ListUsersAsync(new ListUsersOptions { PageSize = 1, Search = new LogtoSearch().MatchAnyField("%" + _tag + "%") }))
        {
            users.Add(user.Username);
        }

        Assert.That(users, Is.EquivalentTo(new[] { _tag + "a", _tag + "b", _tag + "c" }));
    }
}
