using System.Collections.Concurrent;

namespace Logto.Generated;

/// <summary>
/// Caches access tokens per <see cref="LogtoTokenCacheKey"/> with single flight: however many callers find the cache
/// cold, expired or rejected at once, one fetch runs and they all share its result. A failed fetch is never cached:
/// the callers waiting on it get its exception and the next caller starts a new fetch. The fetch does not observe any
/// caller's cancellation, so one caller giving up does not fail the others; each caller's wait is cancellable.
/// </summary>
internal sealed class LogtoTokenCache
{
    private readonly ConcurrentDictionary<LogtoTokenCacheKey, Slot> _slots = new();
    private readonly TimeProvider _timeProvider;

    public LogtoTokenCache(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    /// <summary>Returns a fresh cached token that is not <paramref name="rejectedToken"/>, or joins or starts a fetch.</summary>
    /// <param name="key">What the token is for.</param>
    /// <param name="rejectedToken">A token the API rejected, which must not be handed out again; null for none.</param>
    /// <param name="fetch">Requests a new token; called at most once per flight.</param>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    public async ValueTask<string> GetAsync(
        LogtoTokenCacheKey key, string? rejectedToken, Func<Task<LogtoAccessToken>> fetch, CancellationToken cancellationToken)
    {
        var slot = _slots.GetOrAdd(key, static _ => new Slot());
        TaskCompletionSource<LogtoAccessToken>? started = null;
        Task<LogtoAccessToken> flight;
        lock (slot)
        {
            if (slot.Current is { } current && current.RenewAt > _timeProvider.GetUtcNow() && current.Value != rejectedToken)
            {
                return current.Value;
            }

            if (slot.Flight is null || slot.Flight.IsCompleted)
            {
                started = new TaskCompletionSource<LogtoAccessToken>(TaskCreationOptions.RunContinuationsAsynchronously);
                slot.Flight = started.Task;
            }

            flight = slot.Flight;
        }

        if (started is not null)
        {
            _ = FlyAsync(slot, started, fetch);
        }

        var token = await flight.WaitAsync(cancellationToken).ConfigureAwait(false);
        return token.Value;
    }

    private static async Task FlyAsync(Slot slot, TaskCompletionSource<LogtoAccessToken> flight, Func<Task<LogtoAccessToken>> fetch)
    {
        try
        {
            var token = await fetch().ConfigureAwait(false);
            lock (slot)
            {
                slot.Current = token;
            }

            flight.SetResult(token);
        }
        catch (Exception exception)
        {
            flight.SetException(exception);
        }
    }

    private sealed class Slot
    {
        public LogtoAccessToken? Current { get; set; }

        public Task<LogtoAccessToken>? Flight { get; set; }
    }
}
