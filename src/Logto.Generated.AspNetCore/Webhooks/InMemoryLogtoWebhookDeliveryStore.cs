using System.Collections.Concurrent;

namespace Logto.Generated.AspNetCore;

/// <summary>The default <see cref="ILogtoWebhookDeliveryStore"/>: deliveries remembered in this process only.</summary>
public sealed class InMemoryLogtoWebhookDeliveryStore : ILogtoWebhookDeliveryStore
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private long _nextSweep;

    /// <summary>Creates an empty store.</summary>
    /// <param name="timeProvider">The clock of the windows; the system clock when null.</param>
    public InMemoryLogtoWebhookDeliveryStore(TimeProvider? timeProvider = null) => _time = timeProvider ?? TimeProvider.System;

    /// <inheritdoc />
    public ValueTask<LogtoWebhookDeliveryStatus> TryClaimAsync(string deliveryKey, TimeSpan claimFor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        var now = _time.GetUtcNow();
        Sweep(now);
        var claim = new Entry(Handled: false, now + claimFor);
        while (true)
        {
            if (_entries.TryAdd(deliveryKey, claim))
            {
                return ValueTask.FromResult(LogtoWebhookDeliveryStatus.New);
            }

            if (!_entries.TryGetValue(deliveryKey, out var existing))
            {
                continue;
            }

            if (existing.ExpiresAt > now)
            {
                return ValueTask.FromResult(existing.Handled ? LogtoWebhookDeliveryStatus.Handled : LogtoWebhookDeliveryStatus.InProgress);
            }

            if (_entries.TryUpdate(deliveryKey, claim, existing))
            {
                return ValueTask.FromResult(LogtoWebhookDeliveryStatus.New);
            }
        }
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(string deliveryKey, TimeSpan remember, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        _entries[deliveryKey] = new Entry(Handled: true, _time.GetUtcNow() + remember);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask ReleaseAsync(string deliveryKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        _entries.TryRemove(deliveryKey, out _);
        return ValueTask.CompletedTask;
    }

    /// <summary>Drops expired entries, at most once a minute, so that memory stays bounded by the window.</summary>
    private void Sweep(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweep);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweep, now.UtcTicks + TimeSpan.TicksPerMinute, due) != due)
        {
            return;
        }

        foreach (var (key, entry) in _entries)
        {
            if (entry.ExpiresAt <= now)
            {
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            }
        }
    }

    private sealed record Entry(bool Handled, DateTimeOffset ExpiresAt);
}
