using System.Collections.Concurrent;

namespace Logto.Generated;

/// <summary>
/// Per-application data kept for a short time across calls (see <see cref="ThirdPartyApplicationsOptions.CacheTimeToLive"/>).
/// Only successful fetches are kept; a null result (say, no sign-in experience) is kept too.
/// </summary>
internal sealed class ApplicationDataCache
{
    private readonly ConcurrentDictionary<(string Kind, string ApplicationId), Entry> _entries = new();
    private readonly TimeProvider _timeProvider;
    private long _nextSweepTicks;

    public ApplicationDataCache(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
    }

    public async Task<T> GetOrFetchAsync<T>(string kind, string applicationId, TimeSpan timeToLive, Func<Task<T>> fetch)
    {
        if (timeToLive <= TimeSpan.Zero)
        {
            return await fetch().ConfigureAwait(false);
        }

        var key = (kind, applicationId);
        if (_entries.TryGetValue(key, out var cached) && cached.ExpiresAt > _timeProvider.GetUtcNow())
        {
            return (T)cached.Value!;
        }

        var value = await fetch().ConfigureAwait(false);
        var now = _timeProvider.GetUtcNow();
        _entries[key] = new Entry(value, now + timeToLive);
        SweepExpired(now, timeToLive);
        return value;
    }

    /// <summary>Forgets expired entries (of deleted applications, say), at most once per time-to-live.</summary>
    private void SweepExpired(DateTimeOffset now, TimeSpan timeToLive)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweepTicks, (now + timeToLive).UtcTicks, due) != due)
        {
            return;
        }

        foreach (var entry in _entries)
        {
            if (entry.Value.ExpiresAt <= now)
            {
                _entries.TryRemove(entry);
            }
        }
    }

    private sealed record Entry(object? Value, DateTimeOffset ExpiresAt);
}
