using System.Net;
using Logto.Generated.Tests.TestSupport;
using RichardSzalay.MockHttp;
using static Logto.Generated.Tests.TestSupport.TestGuard;

namespace Logto.Generated.Tests.Faults;

/// <summary>
/// Cancelling at any point raises <see cref="OperationCanceledException"/>, not a timeout or a transport error, and
/// leaves no response undisposed (checked after every test by <see cref="FaultTest"/>).
/// </summary>
public class CancellationTests : FaultTest
{
    private const string UserUrl = MockLogto.ApiUrl + "users/u1";

    [Test]
    public void Cancelled_before_the_send_nothing_is_sent()
    {
        var users = 0;
        Stub.Handler.When(HttpMethod.Get, UserUrl).Respond(_ =>
        {
            Interlocked.Increment(ref users);
            return Ok();
        });
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        FailsWith<OperationCanceledException>(() => CreateClient().Users.GetUserAsync("u1", cancellationToken: cancelled.Token));

        Assert.That(Stub.TokenRequests, Is.Empty);
        Assert.That(users, Is.Zero);
    }

    [Test]
    public async Task Cancelled_during_the_token_fetch_the_fetch_still_serves_the_next_call()
    {
        Stub.TokenGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var users = new ResponseQueue(Stub.Time, Ok);
        Stub.Handler.When(HttpMethod.Get, UserUrl).Respond(users.RespondAsync);
        var client = CreateClient();
        using var cancellation = new CancellationTokenSource();

        var call = client.Users.GetUserAsync("u1", cancellationToken: cancellation.Token);
        await Stub.TokenRequested.Task.WaitAsync(Guard);
        await cancellation.CancelAsync();
        FailsWith<OperationCanceledException>(() => call);

        Stub.TokenGate.SetResult();
        await client.Users.GetUserAsync("u1").WaitAsync(Guard);

        Assert.That(Stub.TokenRequests, Has.Count.EqualTo(1), "the abandoned fetch completed and was cached");
        Assert.That(users.Requests.Select(request => request.Authorization), Is.EqualTo(new[] { "Bearer " + MockLogto.Token(1) }));
    }

    [Test]
    public async Task Cancelled_mid_body_the_response_is_disposed()
    {
        var body = new PartialBodyContent("{\"id\":\"k6qydeg7t6ep\",\"username\":\"bench", declaredLength: 4000);
        Stub.Handler.When(HttpMethod.Get, UserUrl).Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = body });
        var client = CreateClient();
        using var cancellation = new CancellationTokenSource();

        var call = client.Users.GetUserAsync("u1", cancellationToken: cancellation.Token);
        await body.Stalled.Task.WaitAsync(Guard);
        await cancellation.CancelAsync();

        FailsWith<OperationCanceledException>(() => call);
        Assert.That(Tracker.Created, Is.EqualTo(2), "the token response and the user response");
    }

    [Test]
    public void Cancelled_between_pages_the_walk_stops_before_the_next_request()
    {
        var pages = ServeUsers(total: 6);
        using var cancellation = new CancellationTokenSource();
        var seen = new List<string>();

        var walk = async () =>
        {
            await foreach (var user in CreateClient().Users.ListUsersAsync(new ListUsersOptions { PageSize = 2 }, cancellation.Token))
            {
                seen.Add(user.Id);
                if (seen.Count == 2)
                {
                    await cancellation.CancelAsync();
                }
            }
        };

        FailsWith<OperationCanceledException>(walk);
        Assert.That(seen, Is.EqualTo(new[] { "user1", "user2" }));
        Assert.That(pages, Is.EqualTo(new[] { "/api/users?page=1&page_size=2" }));
    }

    [Test]
    public void Cancelled_through_WithCancellation_between_pages_the_walk_stops_too()
    {
        var pages = ServeUsers(total: 6);
        var client = CreateClient();
        using var cancellation = new CancellationTokenSource();
        var seen = new List<string>();

        var walk = async () =>
        {
            await foreach (var page in client.Users.ListUsersAsync(new ListUsersOptions { PageSize = 2 }).AsPages().WithCancellation(cancellation.Token))
            {
                seen.AddRange(page.Items.Select(user => user.Id));
                await cancellation.CancelAsync();
            }
        };

        FailsWith<OperationCanceledException>(walk);
        Assert.That(seen, Is.EqualTo(new[] { "user1", "user2" }));
        Assert.That(pages, Is.EqualTo(new[] { "/api/users?page=1&page_size=2" }));
    }

    /// <summary>Serves <c>user1</c>... at <c>api/users</c>, paged as Logto does; returns the path and query of each request.</summary>
    private System.Collections.Concurrent.ConcurrentQueue<string> ServeUsers(int total)
    {
        var requests = new System.Collections.Concurrent.ConcurrentQueue<string>();
        Stub.Handler.When(HttpMethod.Get, MockLogto.ApiUrl + "users").Respond(request =>
        {
            requests.Enqueue(request.RequestUri!.PathAndQuery);
            var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri.Query);
            var page = int.Parse(query["page"]!, System.Globalization.CultureInfo.InvariantCulture);
            var size = int.Parse(query["page_size"]!, System.Globalization.CultureInfo.InvariantCulture);
            var ids = Enumerable.Range(((page - 1) * size) + 1, size).Where(i => i <= total).Select(i => $"{{\"id\":\"user{i}\"}}");
            return MockLogto.Json(HttpStatusCode.OK, "[" + string.Join(",", ids) + "]", ("Total-Number", total.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });
        return requests;
    }

    private static HttpResponseMessage Ok() => MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("get-user.json"));
}
