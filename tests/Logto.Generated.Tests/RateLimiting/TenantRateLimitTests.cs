using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using Logto.Generated.Tests.TestSupport;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.RateLimiting;

/// <summary><see cref="LogtoClientOptions.RateLimit"/>: a tenant-wide client-side limit that never sends past itself.</summary>
public class TenantRateLimitTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    [Test]
    public async Task Twenty_per_ten_seconds_sends_100_concurrent_calls_in_five_windows_and_fails_the_one_past_the_wait_unsent()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var sent = new ConcurrentQueue<(DateTimeOffset At, string Path)>();
        stub.Handler.When(HttpMethod.Get, MockLogto.ApiUrl + "users/*").Respond(request =>
        {
            sent.Enqueue((stub.Time.GetUtcNow(), request.RequestUri!.AbsolutePath));
            return MockLogto.Json(HttpStatusCode.OK, $$"""{"id":"{{request.RequestUri!.Segments[^1]}}"}""");
        });
        var options = stub.Options(options =>
        {
            options.RateLimit = new LogtoRateLimitOptions { PermitLimit = 20, Window = Window, MaxWait = TimeSpan.FromSeconds(45) };
            options.TotalTimeout = TimeSpan.FromMinutes(5);
        });
        using var client = LogtoManagementClient.Create(options, stub.Handler);
        var limiter = RateLimiterOf(client);
        var start = stub.Time.GetUtcNow();

        var calls = Enumerable.Range(0, 100).Select(i => client.Users.GetUserAsync("u" + i)).ToList();
        await WaitUntilAsync(() => sent.Count == 20 && limiter.Statistics!.CurrentQueuedCount == 80);
        var late = client.Users.GetUserAsync("u-late");
        await WaitUntilAsync(() => limiter.Statistics!.CurrentQueuedCount == 81);
        for (var window = 1; window <= 4; window++)
        {
            stub.Time.Advance(Window + RollingWindowLimiter.ClockTolerance);
            var expected = 20 * (window + 1);
            await WaitUntilAsync(() => sent.Count == expected);
        }

        var users = await Task.WhenAll(calls);
        Assert.That(users.Select(user => user.Id), Is.EqualTo(Enumerable.Range(0, 100).Select(i => "u" + i)));
        Assert.That(late.IsCompleted, Is.False, "at 40 s the late call still waits");
        stub.Time.Advance(TimeSpan.FromSeconds(45) - (4 * (Window + RollingWindowLimiter.ClockTolerance)));
        var failure = Assert.ThrowsAsync<LogtoRateLimitException>(async () => await late);
        stub.Time.Advance(TimeSpan.FromSeconds(20));

        Assert.That(sent, Has.Count.EqualTo(100), "the late call was never sent");
        Assert.That(sent.Select(request => request.Path), Does.Not.Contain("/api/users/u-late"));
        Assert.That(RequestWindows.Peak(sent.Select(request => request.At), Window), Is.EqualTo(20));
        Assert.That(sent.Max(request => request.At) - start, Is.EqualTo(4 * (Window + RollingWindowLimiter.ClockTolerance)));
        Assert.That(failure!.PermitLimit, Is.EqualTo(20));
        Assert.That(failure.Window, Is.EqualTo(Window));
        Assert.That(failure.MaxWait, Is.EqualTo(TimeSpan.FromSeconds(45)));
        Assert.That(failure.RetryAfter, Is.EqualTo(Window));
        Assert.That(failure.StatusCode, Is.Null);
        Assert.That(failure.Message, Does.StartWith("Logto HTTP GET /api/users/u-late").And.Contain("was not sent: the client-side rate limit (20 requests per 10 s, LogtoClientOptions.RateLimit) gave it no turn within 45 s"));
        Assert.That(stub.TokenRequests, Has.Count.EqualTo(1), "token requests are not counted against the API budget");
    }

    [Test]
    public void A_zero_wait_fails_at_once_once_the_window_is_full()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var sent = 0;
        stub.Handler.When(HttpMethod.Get, MockLogto.ApiUrl + "users/*").Respond(_ =>
        {
            Interlocked.Increment(ref sent);
            return MockLogto.Json(HttpStatusCode.OK, """{"id":"u1"}""");
        });
        using var client = LogtoManagementClient.Create(
            stub.Options(options => options.RateLimit = new LogtoRateLimitOptions { PermitLimit = 2, MaxWait = TimeSpan.Zero }), stub.Handler);

        Assert.DoesNotThrowAsync(() => client.Users.GetUserAsync("u1"));
        Assert.DoesNotThrowAsync(() => client.Users.GetUserAsync("u1"));
        Assert.ThrowsAsync<LogtoRateLimitException>(() => client.Users.GetUserAsync("u1"));
        Assert.That(sent, Is.EqualTo(2));
    }

    [TestCase(0, 10_000, 0, "LogtoManagementOptions.RateLimit.PermitLimit must be at least 1; it is 0.")]
    [TestCase(5, 1, 0, "LogtoManagementOptions.RateLimit.Window must be between 10 milliseconds and 1 hour; it is 00:00:00.0010000.")]
    [TestCase(5, 10_000, -1, "LogtoManagementOptions.RateLimit.MaxWait must be between zero and 1 hour; it is -00:00:00.0010000.")]
    public void A_bad_limit_is_refused_naming_the_option(int permitLimit, int windowMilliseconds, int maxWaitMilliseconds, string message)
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var options = stub.Options(options => options.RateLimit = new LogtoRateLimitOptions
        {
            PermitLimit = permitLimit,
            Window = TimeSpan.FromMilliseconds(windowMilliseconds),
            MaxWait = TimeSpan.FromMilliseconds(maxWaitMilliseconds),
        });

        var exception = Assert.Throws<ArgumentException>(() => LogtoManagementClient.Create(options, stub.Handler));

        Assert.That(exception!.Message, Does.Contain(message));
        Assert.That(exception.ParamName, Is.EqualTo("options"));
    }

    [Test]
    public void No_limit_is_set_by_default()
    {
        Assert.That(new LogtoManagementOptions().RateLimit, Is.Null);
    }

    /// <summary>The limiter of a client made by <c>Create</c>: its queue tells the test when every call waits.</summary>
    private static RollingWindowLimiter RateLimiterOf(LogtoManagementClient client)
    {
        var owned = (LogtoOwnedHttp)typeof(LogtoManagementClient).GetField("_owned", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(client)!;
        return owned.Pipeline.RateLimiter!;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the calls did not get there");
            await Task.Delay(1);
        }
    }
}
