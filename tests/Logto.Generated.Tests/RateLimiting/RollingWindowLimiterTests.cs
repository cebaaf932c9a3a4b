using System.Collections.Concurrent;
using System.Diagnostics;
using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.Tests.RateLimiting;

/// <summary>The limiter behind the catalog's pace and the tenant limit, on the real clock.</summary>
public class RollingWindowLimiterTests
{
    private static readonly long Origin = Stopwatch.GetTimestamp();

    [Test]
    public async Task Requests_of_uneven_duration_never_crowd_a_window_by_a_precise_clock()
    {
        using var limiter = new RollingWindowLimiter(5, TimeSpan.FromMilliseconds(500), TimeProvider.System);
        var seen = new ConcurrentQueue<DateTimeOffset>();
        var random = new Random(7);
        var delays = Enumerable.Range(0, 30).Select(_ => random.Next(0, 80)).ToArray();

        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(async () =>
        {
            using var turn = await limiter.TryAcquireAsync(Timeout.InfiniteTimeSpan, CancellationToken.None);
            // The request leaves late, then the server sees it, then the answer takes a while.
            await Task.Delay(delays[i]);
            seen.Enqueue(DateTimeOffset.UnixEpoch + Stopwatch.GetElapsedTime(Origin));
            await Task.Delay(delays[29 - i]);
        })));

        Assert.That(seen, Has.Count.EqualTo(30));
        Assert.That(RequestWindows.Peak(seen, TimeSpan.FromMilliseconds(500)), Is.LessThanOrEqualTo(5));
    }
}
