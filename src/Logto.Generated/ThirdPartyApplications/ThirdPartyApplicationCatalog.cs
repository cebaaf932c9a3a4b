using System.Globalization;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging;

namespace Logto.Generated;

/// <summary>
/// The per-application data every request shares, kept in a <see cref="HybridCache"/> (so instances that share a
/// distributed cache share one catalog) and in memory, and refreshed in the background by a timer: never on a
/// request's path once warm, never two refreshes at once. A failed refresh keeps the last good snapshot and backs off.
/// </summary>
internal sealed class ThirdPartyApplicationCatalog : IDisposable
{
    private static readonly HybridCacheEntryOptions ReadSharedOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCacheRead | HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableUnderlyingData,
    };

    private static readonly HybridCacheEntryOptions ReadAnyLevel = new() { Flags = HybridCacheEntryFlags.DisableUnderlyingData };

    private readonly HybridCache _cache;
    private readonly CatalogLoader _loader;
    private readonly CatalogSchedule _schedule;
    private readonly ILogger _logger;
    private readonly string _key;
    private readonly string _leasePrefix;
    private readonly HybridCacheEntryOptions _leaseOptions;
    private readonly HybridCacheEntryOptions _entryOptions;
    private readonly ITimer _timer;
    private readonly object _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly TimeProvider _clock;
    private readonly TimeSpan _firstLoadWait;
    private CatalogSnapshot? _current;
    private Task<CatalogSnapshot>? _coldLoad;
    private Task _refresh = Task.CompletedTask;
    private int _failures;
    private DateTimeOffset? _lastFailureAt;
    private DateTimeOffset? _nextRefreshAt;
    private bool _disposed;

    public ThirdPartyApplicationCatalog(
        HybridCache cache, CatalogLoader loader, CatalogSchedule schedule, TimeProvider clock, string keyPrefix, TimeSpan firstLoadWait, ILogger logger)
    {
        _clock = clock;
        _firstLoadWait = firstLoadWait;
        _cache = cache;
        _loader = loader;
        _schedule = schedule;
        _logger = logger;
        _key = keyPrefix + "catalog";
        _leasePrefix = keyPrefix + "catalog-refresh:";
        _leaseOptions = new HybridCacheEntryOptions { Expiration = schedule.ListInterval * 2, LocalCacheExpiration = schedule.ListInterval * 2 };
        _entryOptions = new HybridCacheEntryOptions
        {
            // Long enough to outlive any back-off; other instances read the shared copy on each of their ticks.
            Expiration = (schedule.DetailsInterval * 3) + schedule.MaxBackoff,
            LocalCacheExpiration = schedule.ListInterval,
        };
        _timer = clock.CreateTimer(_ => OnTimer(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The background refresh under way, or a completed task: lets tests wait for a tick's work.</summary>
    internal Task RefreshInFlight
    {
        get
        {
            lock (_gate)
            {
                return _refresh;
            }
        }
    }

    /// <summary>What the catalog holds now.</summary>
    public ThirdPartyApplicationCatalogStatus Status
    {
        get
        {
            lock (_gate)
            {
                return new ThirdPartyApplicationCatalogStatus(
                    _current?.ListedAt, _current is null ? null : _schedule.Now - _current.ListedAt, _current?.Applications.Count ?? 0, _failures, _lastFailureAt, _nextRefreshAt);
            }
        }
    }

    /// <summary>
    /// The current snapshot. Warm: at once, however old (the timer refreshes it). Cold: the shared copy, or one load
    /// however many callers wait (one load task per instance; HybridCache runs one factory per key at a time, and with a
    /// distributed locker one across instances). The load runs on its own, so a caller that stops waiting does not stop
    /// it; a failed load is tried again by the next caller.
    /// </summary>
    /// <param name="cancellationToken">Stops this caller's wait, not the load.</param>
    /// <param name="bounded">
    /// Whether to wait at most <see cref="ThirdPartyApplicationsOptions.FirstLoadWait"/>, then throw a
    /// <see cref="ThirdPartyApplicationCatalogLoadingException"/>; false waits for the load however long it takes.
    /// </param>
    public ValueTask<CatalogSnapshot> GetAsync(CancellationToken cancellationToken, bool bounded = true)
    {
        var current = Volatile.Read(ref _current);
        return current is not null ? new ValueTask<CatalogSnapshot>(current) : new ValueTask<CatalogSnapshot>(WaitForFirstAsync(bounded, cancellationToken));
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
        }

        _timer.Dispose();
        _stopping.Cancel();
    }

    private async Task<CatalogSnapshot> WaitForFirstAsync(bool bounded, CancellationToken cancellationToken)
    {
        Task<CatalogSnapshot> load;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            load = _coldLoad ??= Task.Run(() => LoadColdAsync(_stopping.Token));
        }

        if (!bounded)
        {
            return await load.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await load.WaitAsync(_firstLoadWait, _clock, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException) when (!load.IsCompleted)
        {
            var retryAfter = TimeSpan.FromSeconds(Math.Clamp(Math.Ceiling(_firstLoadWait.TotalSeconds), 1, 30));
            throw new ThirdPartyApplicationCatalogLoadingException(_firstLoadWait, retryAfter);
        }
    }

    private async Task<CatalogSnapshot> LoadColdAsync(CancellationToken cancellationToken)
    {
        CatalogSnapshot snapshot;
        try
        {
            snapshot = await LoadSharedOrFirstAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            lock (_gate)
            {
                _coldLoad = null;
            }

            throw;
        }

        if (Adopt(snapshot))
        {
            _logger.LogInformation(
                "The third-party applications catalog is ready: {ApplicationCount} applications, listed {SnapshotAge} ago.", snapshot.Applications.Count, _schedule.Now - snapshot.ListedAt);
        }

        return Volatile.Read(ref _current)!;
    }

    private async Task<CatalogSnapshot> LoadSharedOrFirstAsync(CancellationToken cancellationToken)
    {
        return await _cache.GetOrCreateAsync(
            _key, this, static (catalog, token) => new ValueTask<CatalogSnapshot>(catalog.LoadFirstAsync(token)), _entryOptions, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<CatalogSnapshot> LoadFirstAsync(CancellationToken cancellationToken)
    {
        _logger.LogInformation("Loading the third-party applications catalog.");
        return await _loader.LoadAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Takes <paramref name="snapshot"/> unless a newer one is held; arms the timer the first time.</summary>
    /// <returns>Whether it was the first snapshot.</returns>
    private bool Adopt(CatalogSnapshot snapshot)
    {
        lock (_gate)
        {
            var first = _current is null;
            if (first || snapshot.ListedAt > _current!.ListedAt)
            {
                Volatile.Write(ref _current, snapshot);
            }

            if (first)
            {
                Arm(_current!.ListedAt + _schedule.NextListTick() - _schedule.Now);
            }

            return first;
        }
    }

    /// <summary>Sets the next tick; call under the gate.</summary>
    private void Arm(TimeSpan delay)
    {
        if (_disposed)
        {
            return;
        }

        delay = delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
        _nextRefreshAt = _schedule.Now + delay;
        _timer.Change(delay, Timeout.InfiniteTimeSpan);
    }

    private void OnTimer()
    {
        lock (_gate)
        {
            if (_disposed || !_refresh.IsCompleted)
            {
                return;
            }

            _nextRefreshAt = null;
            _refresh = Task.Run(RefreshAsync);
        }
    }

    private async Task RefreshAsync()
    {
        TimeSpan next;
        try
        {
            next = await RefreshOnceAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            return;
        }
        catch (Exception exception)
        {
            next = RecordFailure(exception);
        }

        lock (_gate)
        {
            Arm(next);
        }
    }

    /// <summary>Adopts a newer shared snapshot, or loads one when the held one is due; returns the delay to the next tick.</summary>
    private async Task<TimeSpan> RefreshOnceAsync()
    {
        var stopping = _stopping.Token;
        var shared = await _cache.GetOrCreateAsync<CatalogSnapshot?>(_key, _ => default, ReadSharedOnly, cancellationToken: stopping).ConfigureAwait(false);
        if (shared is not null)
        {
            Adopt(shared);
        }

        var held = Volatile.Read(ref _current)!;
        var dueIn = held.ListedAt + _schedule.ListDueAge - _schedule.Now;
        if (dueIn > TimeSpan.Zero)
        {
            // Another instance refreshed the shared catalog lately: tick again once it is due, at a moment of our own.
            return dueIn + _schedule.ListJitter();
        }

        // One refresh per snapshot however many instances share the cache: the lease entry is keyed by the snapshot it
        // replaces, so the first instance to take it refreshes and the others (waiting on the cache's lock, across
        // instances when it has a distributed locker) find it taken and read the shared snapshot instead.
        await _cache.GetOrCreateAsync(
            _leasePrefix + held.ListedAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
            (Catalog: this, Held: held),
            static async (state, token) => (await state.Catalog.RefreshSharedAsync(state.Held, token).ConfigureAwait(false)).ListedAt.UtcTicks,
            _leaseOptions,
            cancellationToken: stopping).ConfigureAwait(false);
        if (Volatile.Read(ref _current)!.ListedAt <= held.ListedAt)
        {
            // Another instance took the lease: its snapshot is in the shared cache (the second level; or, for services
            // sharing one in-process cache, its first level).
            foreach (var options in new[] { ReadSharedOnly, ReadAnyLevel })
            {
                if (await _cache.GetOrCreateAsync<CatalogSnapshot?>(_key, _ => default, options, cancellationToken: stopping).ConfigureAwait(false) is { } taken
                    && taken.ListedAt > held.ListedAt)
                {
                    Adopt(taken);
                    break;
                }
            }
        }

        lock (_gate)
        {
            _failures = 0;
        }

        return _schedule.NextListTick();
    }

    /// <summary>Loads the snapshot that replaces <paramref name="held"/>, shares it and adopts it.</summary>
    private async Task<CatalogSnapshot> RefreshSharedAsync(CatalogSnapshot held, CancellationToken cancellationToken)
    {
        var fresh = await _loader.LoadAsync(held, cancellationToken).ConfigureAwait(false);
        await _cache.SetAsync(_key, fresh, _entryOptions, cancellationToken: cancellationToken).ConfigureAwait(false);
        Adopt(fresh);
        _logger.LogDebug("Refreshed the third-party applications catalog: {ApplicationCount} applications; the snapshot it replaced was {SnapshotAge} old.", fresh.Applications.Count, fresh.ListedAt - held.ListedAt);
        return fresh;
    }

    private TimeSpan RecordFailure(Exception exception)
    {
        int failures;
        lock (_gate)
        {
            failures = ++_failures;
            _lastFailureAt = _schedule.Now;
        }

        var delay = _schedule.Backoff(failures, (exception as LogtoException)?.RetryAfter);
        var age = _schedule.Now - Volatile.Read(ref _current)!.ListedAt;
        _logger.LogWarning(
            exception,
            "Refreshing the third-party applications catalog failed ({Failures} in a row); still serving the snapshot of {SnapshotAge} ago, next try in {Delay}.",
            failures,
            age,
            delay);
        return delay;
    }
}
