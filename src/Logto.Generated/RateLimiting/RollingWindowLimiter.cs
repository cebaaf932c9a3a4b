using System.Threading.RateLimiting;

namespace Logto.Generated;

/// <summary>
/// At most a number of permits in any window of time: each permit taken is given back one window after it was taken.
/// Unlike a token bucket or a fixed window, no window of that length, wherever it starts, ever holds more than the
/// limit. The queue is System.Threading.RateLimiting's <see cref="ConcurrencyLimiter"/> (first come, first served); the
/// clock is a <see cref="TimeProvider"/>, so a fake clock drives it in tests.
/// </summary>
internal sealed class RollingWindowLimiter : IDisposable
{
    private readonly ConcurrencyLimiter _permits;
    private readonly TimeProvider _clock;

    public RollingWindowLimiter(int permitLimit, TimeSpan window, TimeProvider clock)
    {
        PermitLimit = permitLimit;
        Window = window;
        _clock = clock;
        _permits = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = permitLimit,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    public int PermitLimit { get; }

    public TimeSpan Window { get; }

    /// <summary>Permits free now, waiters queued, and permits handed out so far: lets tests see when everyone waits.</summary>
    public RateLimiterStatistics? Statistics => _permits.GetStatistics();

    /// <summary>
    /// Waits for a permit at most <paramref name="maxWait"/> (<see cref="Timeout.InfiniteTimeSpan"/>: as long as it takes).
    /// </summary>
    /// <returns>Whether a permit was taken; false when the wait ran out.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async ValueTask<bool> TryAcquireAsync(TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var immediate = _permits.AttemptAcquire();
        if (immediate.IsAcquired)
        {
            GiveBackLater(immediate);
            return true;
        }

        immediate.Dispose();
        if (maxWait == TimeSpan.Zero)
        {
            return false;
        }

        using var timeout = maxWait == Timeout.InfiniteTimeSpan ? new CancellationTokenSource() : new CancellationTokenSource(maxWait, _clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        RateLimitLease lease;
        try
        {
            lease = await _permits.AcquireAsync(1, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        if (!lease.IsAcquired)
        {
            lease.Dispose();
            return false;
        }

        GiveBackLater(lease);
        return true;
    }

    public void Dispose() => _permits.Dispose();

    private void GiveBackLater(RateLimitLease lease) => _ = GiveBackAsync(lease);

    private async Task GiveBackAsync(RateLimitLease lease)
    {
        try
        {
            await Task.Delay(Window, _clock).ConfigureAwait(false);
        }
        finally
        {
            lease.Dispose();
        }
    }
}
