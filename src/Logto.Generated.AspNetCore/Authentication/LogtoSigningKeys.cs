using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace Logto.Generated.AspNetCore;

/// <summary>
/// Logto's signing keys from <c>{endpoint}/oidc/jwks</c>: fetched on first use, again after <see cref="MaxAge"/>, and
/// at once when a token names a key id not seen yet (Logto rotated its keys) -- at most once per
/// <see cref="MinRefreshInterval"/> after the first such fetch, so tokens with made-up key ids cannot flood Logto.
/// When a refresh fails, the keys already held are kept.
/// </summary>
internal sealed class LogtoSigningKeys
{
    /// <summary>How long fetched keys are used before they are fetched again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(1);

    /// <summary>The least time between two fetches made for unknown key ids.</summary>
    public static readonly TimeSpan MinRefreshInterval = TimeSpan.FromSeconds(30);

    private readonly Func<CancellationToken, Task<string>> _fetchDocument;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _fetching = new(1, 1);
    private Snapshot? _current;
    private DateTimeOffset? _lastUnknownKeyFetch;

    public LogtoSigningKeys(Func<CancellationToken, Task<string>> fetchDocument, TimeProvider timeProvider, ILogger logger)
    {
        _fetchDocument = fetchDocument;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>The keys to validate a token whose header names <paramref name="keyId"/> (or none).</summary>
    /// <exception cref="InvalidOperationException">No keys could ever be fetched.</exception>
    public async Task<IReadOnlyCollection<SecurityKey>> GetAsync(string? keyId, CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && !IsStale(current) && (keyId is null || current.KeyIds.Contains(keyId)))
        {
            return current.Keys;
        }

        await _fetching.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            current = _current;
            if (current is null || IsStale(current) || (keyId is not null && !current.KeyIds.Contains(keyId) && MayFetchForUnknownKey()))
            {
                current = await FetchAsync(current, cancellationToken).ConfigureAwait(false);
            }

            return current.Keys;
        }
        finally
        {
            _fetching.Release();
        }
    }

    private bool IsStale(Snapshot snapshot) => _timeProvider.GetUtcNow() - snapshot.FetchedAt >= MaxAge;

    private bool MayFetchForUnknownKey()
    {
        var now = _timeProvider.GetUtcNow();
        if (_lastUnknownKeyFetch is { } last && now - last < MinRefreshInterval)
        {
            return false;
        }

        _lastUnknownKeyFetch = now;
        return true;
    }

    private async Task<Snapshot> FetchAsync(Snapshot? held, CancellationToken cancellationToken)
    {
        try
        {
            var keys = new JsonWebKeySet(await _fetchDocument(cancellationToken).ConfigureAwait(false)).GetSigningKeys();
            var snapshot = new Snapshot(keys.ToList(), keys.Select(key => key.KeyId).Where(id => id is not null).ToHashSet(StringComparer.Ordinal), _timeProvider.GetUtcNow());
            Volatile.Write(ref _current, snapshot);
            return snapshot;
        }
        catch (Exception exception) when (held is not null && exception is not OperationCanceledException)
        {
            _logger.LogWarning(exception, "Refreshing Logto's signing keys failed; the keys fetched before are kept.");
            var kept = held with { FetchedAt = _timeProvider.GetUtcNow() - MaxAge + MinRefreshInterval };
            Volatile.Write(ref _current, kept);
            return kept;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new InvalidOperationException("Logto's signing keys could not be fetched.", exception);
        }
    }

    private sealed record Snapshot(IReadOnlyCollection<SecurityKey> Keys, HashSet<string> KeyIds, DateTimeOffset FetchedAt);
}
