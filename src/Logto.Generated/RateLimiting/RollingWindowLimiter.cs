using System.Threading.RateLimiting;

namespace Logto.Generated;

/// <summary>
/// At most a number of requests in any window of time, as the server sees them: each permit is held while its request
/// runs and given back one window after the request ended. A request reaches the server between taking its permit and
/// ending, so two requests on the same permit arrive at least a window apart, however late the sending was; unlike a
/// token bucket or a fixed window, no window of that length, wherever it starts, ever holds more than the limit. The queue is System.Threading.RateLimiting's <see cref="ConcurrencyLimiter"/> (first come, first served); the
/// clock is a <see cref="TimeProvider"/>, so a fake clock drives it in tests.
/// </summary>
internal sealed class RollingWindowLimiter(int permitLimit, TimeSpan window, TimeProvider clock) : IDisposable
{
    /// <summary>
    /// Added to each window before a permit comes free: system timers run on a coarse clock (up to 10 ms on Linux) and
    /// may fire that much early by a precise one, which would let a request in a few milliseconds inside the last one's
    /// window.
    /// </summary>
    public static readonly TimeSpan ClockTolerance = TimeSpan.FromMilliseconds(20);

    private readonly ConcurrencyLimiter _permits = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = permitLimit,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public int PermitLimit => permitLimit;

    public TimeSpan Window => window;

    /// <summary>Permits free now, waiters queued, and permits handed out so far: lets tests see when everyone waits.</summary>
    public RateLimiterStatistics? Statistics => _permits.GetStatistics();

    /// <summary>
    /// Waits for a permit at most <paramref name="maxWait"/> (<see cref="Timeout.InfiniteTimeSpan"/>: as long as it takes).
    /// </summary>
    /// <returns>The turn, to dispose when the request has ended; null when the wait ran out.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async ValueTask<IDisposable?> TryAcquireAsync(TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var immediate = _permits.AttemptAcquire();
        if (immediate.IsAcquired)
        {
            return new Turn(this, immediate);
        }

        immediate.Dispose();
        if (maxWait == TimeSpan.Zero)
        {
            return null;
        }

        using var timeout = maxWait == Timeout.InfiniteTimeSpan ? new CancellationTokenSource() : new CancellationTokenSource(maxWait, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        RateLimitLease lease;
        try
        {
            lease = await _permits.AcquireAsync(1, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        if (!lease.IsAcquired)
        {
            lease.Dispose();
            return null;
        }

        return new Turn(this, lease);
    }

    public void Dispose() => _permits.Dispose();

    private async Task GiveBackAsync(RateLimitLease lease)
    {
        try
        {
            await Task.Delay(Window + ClockTolerance, clock).ConfigureAwait(false);
        }
        finally
        {
            lease.Dispose();
        }
    }

    /// <summary>A permit in use; disposing it gives the permit back one window later.</summary>
    private sealed class Turn(RollingWindowLimiter owner, RateLimitLease lease) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                _ = owner.GiveBackAsync(lease);
            }
        }
    }
}
