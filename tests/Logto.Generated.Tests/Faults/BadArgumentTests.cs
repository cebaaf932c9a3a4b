using System.Net;
using Logto.Generated.Tests.TestSupport;
using RichardSzalay.MockHttp;
using static Logto.Generated.Tests.TestSupport.TestGuard;

namespace Logto.Generated.Tests.Faults;

/// <summary>
/// Bad arguments through the real pipeline: refused with an exception naming the parameter before anything is sent
/// (not even a token request), or escaped so that the request goes exactly where it should.
/// </summary>
public class BadArgumentTests : FaultTest
{
    [SetUp]
    public void NothingMayBeSent() =>
        Stub.Handler.Fallback.Respond(request => throw new AssertionException($"nothing may be sent, but {request.RequestUri} was"));

    [Test]
    public void A_null_id_is_refused()
    {
        var exception = FailsWith<ArgumentNullException>(() => CreateClient().Users.GetUserAsync(null!));

        Assert.That(exception.ParamName, Is.EqualTo("userId"));
        Assert.That(Stub.TokenRequests, Is.Empty);
    }

    [TestCase("", "must not be null or empty")]
    [TestCase(".", "cannot be '.'")]
    [TestCase("..", "cannot be '..'")]
    public void An_id_that_cannot_be_sent_as_one_segment_is_refused(string id, string reason)
    {
        var exception = FailsWith<ArgumentException>(() => CreateClient().Users.GetUserAsync(id));

        Assert.That(exception.ParamName, Is.EqualTo("userId"));
        Assert.That(exception.Message, Does.Contain(reason));
        Assert.That(Stub.TokenRequests, Is.Empty);
    }

    // Attribute strings cannot hold a lone surrogate (metadata stores them as UTF-8), so the id is built here.
    [TestCase("abc", 0xD800, "", "unpaired surrogate (U+D800) at index 3")]
    [TestCase("", 0xDC00, "abc", "unpaired surrogate (U+DC00) at index 0")]
    [TestCase("a", 0xDBFF, "b", "unpaired surrogate (U+DBFF) at index 1")]
    public void An_id_that_is_not_valid_Unicode_is_refused(string before, int surrogate, string after, string reason)
    {
        var id = before + (char)surrogate + after;
        Assert.That(id.Length, Is.EqualTo(before.Length + 1 + after.Length));

        var exception = FailsWith<ArgumentException>(() => CreateClient().Users.GetUserAsync(id));

        Assert.That(exception.ParamName, Is.EqualTo("userId"));
        Assert.That(exception.Message, Does.Contain(reason));
        Assert.That(Stub.TokenRequests, Is.Empty);
    }

    [TestCase(0, 20, "pageNumber")]
    [TestCase(-1, 20, "pageNumber")]
    [TestCase(1, 0, "pageSize")]
    [TestCase(1, 101, "pageSize")]
    public void A_page_out_of_range_is_refused(int page, int pageSize, string parameter)
    {
        var exception = FailsWith<ArgumentOutOfRangeException>(async () => await CreateClient().Users.ListUsersAsync(new ListUsersOptions { PageSize = pageSize }).GetPageAsync(page));

        Assert.That(exception.ParamName, Is.EqualTo(parameter));
        Assert.That(Stub.TokenRequests, Is.Empty);
    }

    [TestCase(0)]
    [TestCase(101)]
    public void A_walk_with_a_page_size_out_of_range_is_refused_when_it_is_created(int pageSize)
    {
        var client = CreateClient();

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => client.Users.ListUsersAsync(new ListUsersOptions { PageSize = pageSize }));

        Assert.That(exception!.ParamName, Is.EqualTo("pageSize"));
        Assert.That(Stub.TokenRequests, Is.Empty);
    }

    [Test]
    public void A_search_value_with_an_unpaired_surrogate_is_refused()
    {
        var exception = FailsWith<ArgumentException>(
            () => CreateClient().Users.ListUsersAsync(new ListUsersOptions { Search = new LogtoSearch().Match("name", "bad\uD83D") }).GetPageAsync());

        Assert.That(exception.ParamName, Is.EqualTo("search"));
        Assert.That(Stub.TokenRequests, Is.Empty);
    }

    [TestCase("a/b", "a%2Fb")]
    [TestCase("a?b=c", "a%3Fb%3Dc")]
    [TestCase("a#b", "a%23b")]
    [TestCase("100%", "100%25")]
    [TestCase("%2F", "%252F")]
    [TestCase("..%2F..", "..%252F..")]
    [TestCase("../admin", "..%2Fadmin")]
    [TestCase("...", "...")]
    [TestCase("ünï cödé", "%C3%BCn%C3%AF%20c%C3%B6d%C3%A9")]
    [TestCase("😀", "%F0%9F%98%80")]
    [TestCase("tab\tnul\0del\u007f", "tab%09nul%00del%7F")]
    [TestCase("a+b&c;d", "a%2Bb%26c%3Bd")]
    public async Task An_id_with_reserved_or_unusual_characters_is_one_escaped_segment(string id, string expectedSegment)
    {
        var sent = new List<string>();
        Stub.Handler.Fallback.Respond(request =>
        {
            sent.Add(request.RequestUri!.AbsoluteUri);
            return MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("get-user.json"));
        });

        await CreateClient().Users.GetUserAsync(id).WaitAsync(Guard);

        Assert.That(sent, Is.EqualTo(new[] { MockLogto.ApiUrl + "users/" + expectedSegment }));
    }
}
