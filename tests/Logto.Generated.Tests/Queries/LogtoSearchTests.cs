using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.Tests.Queries;

/// <summary>The keys and values <see cref="LogtoSearch"/> writes, checked on the wire through <c>ListUsersAsync</c>.</summary>
public class LogtoSearchTests
{
    private static IEnumerable<TestCaseData> Features()
    {
        yield return Case(new LogtoSearch().MatchAnyField("%alice%"), "search=%25alice%25", "one value over every field");
        yield return Case(new LogtoSearch().MatchAnyField("a", "b"), "search=a&search=b", "several values over every field");
        yield return Case(new LogtoSearch().Match("name", "foo"), "search.name=foo", "one field");
        yield return Case(new LogtoSearch().Match("name", "foo", "bar"), "search.name=foo&search.name=bar", "several values repeat the key");
        yield return Case(
            new LogtoSearch().Match("name", "%foo%").Match("primaryEmail", "%@gmail.com"),
            "search.name=%25foo%25&search.primaryEmail=%25%40gmail.com",
            "several fields");
        yield return Case(new LogtoSearch().Mode(LogtoSearchMode.Like), "mode=like", "mode like");
        yield return Case(new LogtoSearch().Mode(LogtoSearchMode.Exact), "mode=exact", "mode exact");
        yield return Case(new LogtoSearch().Mode(LogtoSearchMode.SimilarTo), "mode=similar_to", "mode similar_to");
        yield return Case(new LogtoSearch().Mode(LogtoSearchMode.Posix), "mode=posix", "mode posix");
        yield return Case(new LogtoSearch().Mode("name", LogtoSearchMode.Posix), "mode.name=posix", "field mode");
        yield return Case(
            new LogtoSearch().MatchExact("primaryEmail", "a@x.io", "b@x.io"),
            "search.primaryEmail=a%40x.io&search.primaryEmail=b%40x.io&mode.primaryEmail=exact",
            "exact match of several values");
        yield return Case(new LogtoSearch().Joint(LogtoSearchJoint.And), "joint=and", "joint and");
        yield return Case(new LogtoSearch().Joint(LogtoSearchJoint.Or), "joint=or", "joint or");
        yield return Case(new LogtoSearch().CaseSensitive(), "isCaseSensitive=true", "case-sensitive");
        yield return Case(new LogtoSearch().CaseSensitive(false), "isCaseSensitive=false", "case-insensitive");
        yield return Case(
            new LogtoSearch().Joint(LogtoSearchJoint.Or).Match("name", "x").Joint(LogtoSearchJoint.And).CaseSensitive().CaseSensitive(false),
            "joint=and&search.name=x&isCaseSensitive=false",
            "a single key set again is replaced in place");
        yield return Case(
            new LogtoSearch().Mode("name", LogtoSearchMode.Like).Mode("name", LogtoSearchMode.Exact).Mode(LogtoSearchMode.Posix),
            "mode.name=exact&mode=posix",
            "a field mode set again is replaced, the general mode is separate");
        yield return Case(
            new LogtoSearch().AddRaw("joint", "or").AddRaw("joint", "and").Joint(LogtoSearchJoint.Or),
            "joint=or",
            "the typed setter also replaces raw duplicates");
        yield return Case(
            new LogtoSearch().Match("name", "a&b=c d+é"),
            "search.name=a%26b%3Dc%20d%2B%C3%A9",
            "values are percent-encoded");
        yield return Case(new LogtoSearch(), string.Empty, "an empty search writes nothing");
    }

    private static TestCaseData Case(LogtoSearch search, string query, string name) =>
        new TestCaseData(search, query).SetArgDisplayNames(name);

    [TestCaseSource(nameof(Features))]
    public async Task Writes_the_exact_keys_after_the_paging_parameters(LogtoSearch search, string expected)
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/users", 0);

        await logto.Client.Users.ListUsersAsync(new ListUsersOptions { PageSize = 20, Search = search }).GetPageAsync();

        var expectedQuery = expected.Length == 0 ? "page=1&page_size=20" : "page=1&page_size=20&" + expected;
        Assert.That(list.Queries, Is.EqualTo(new[] { expectedQuery }));
        Assert.That(search.ToString(), Is.EqualTo(expected));
    }

    [Test]
    public async Task A_raw_dictionary_is_still_accepted_and_written_as_is()
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/users", 2);
        var raw = new Dictionary<string, string> { ["search.primaryEmail"] = "%@gmail.com", ["jointMode"] = "and" };

        var response = await logto.Client.Users.ListUsersAsync(new ListUsersOptions { Search = raw }).GetPageAsync();

        Assert.That(list.Queries, Is.EqualTo(new[] { "page=1&page_size=100&search.primaryEmail=%25%40gmail.com&jointMode=and" }));
        Assert.That(response.Items.Select(user => user.Id), Is.EqualTo(MockLogtoList.ItemIds(2)));
    }

    [Test]
    public void Raw_pairs_and_typed_calls_keep_their_order()
    {
        var search = LogtoSearch.FromDictionary([new("search.name", "raw")]).Match("username", "typed").AddRaw("isCaseSensitive", "yes");

        Assert.That(search.ToQueryPairs(), Is.EqualTo(new KeyValuePair<string, string>[]
        {
            new("search.name", "raw"), new("search.username", "typed"), new("isCaseSensitive", "yes"),
        }));
    }

    [TestCase("")]
    [TestCase(" ")]
    [TestCase(null)]
    public void An_empty_field_is_refused_naming_field(string? field)
    {
        var search = new LogtoSearch();

        Assert.Multiple(() =>
        {
            Assert.That(() => search.Match(field!, "x"), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("field"));
            Assert.That(() => search.MatchExact(field!, "x"), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("field"));
            Assert.That(() => search.Mode(field!, LogtoSearchMode.Exact), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("field"));
        });
        Assert.That(search.ToQueryPairs(), Is.Empty);
    }

    [Test]
    public void A_nested_field_is_refused_naming_field()
    {
        Assert.That(
            () => new LogtoSearch().Match("name.first", "x"),
            Throws.ArgumentException.With.Property("ParamName").EqualTo("field").And.Message.Contains("first-level"));
    }

    [Test]
    public void Missing_or_empty_values_are_refused_naming_values()
    {
        var search = new LogtoSearch();

        Assert.Multiple(() =>
        {
            Assert.That(() => search.Match("name"), Throws.ArgumentException.With.Property("ParamName").EqualTo("values"));
            Assert.That(() => search.MatchAnyField(), Throws.ArgumentException.With.Property("ParamName").EqualTo("values"));
            Assert.That(() => search.Match("name", "ok", ""), Throws.ArgumentException.With.Property("ParamName").EqualTo("values"));
            Assert.That(() => search.MatchAnyField("ok", null!), Throws.ArgumentException.With.Property("ParamName").EqualTo("values"));
            Assert.That(() => search.Match("name", null!), Throws.InstanceOf<ArgumentNullException>().With.Property("ParamName").EqualTo("values"));
        });
        Assert.That(search.ToQueryPairs(), Is.Empty, "a refused call adds nothing, not even its valid values");
    }

    [Test]
    public void Undefined_modes_and_joints_are_refused_naming_the_argument()
    {
        var search = new LogtoSearch();

        Assert.Multiple(() =>
        {
            Assert.That(() => search.Mode((LogtoSearchMode)42), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("mode"));
            Assert.That(() => search.Mode("name", (LogtoSearchMode)42), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("mode"));
            Assert.That(() => search.Joint((LogtoSearchJoint)7), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("joint"));
        });
        Assert.That(search.ToQueryPairs(), Is.Empty);
    }
}
