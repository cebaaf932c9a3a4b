using Microsoft.Extensions.Caching.Hybrid;

namespace Logto.Generated.AspNetCore;

/// <summary>
/// An <see cref="ILogtoWebhookDeliveryStore"/> in a <see cref="HybridCache"/>: with a distributed cache behind it (such
/// as Redis), every instance of the receiver sees the deliveries the others handled. The claim is not atomic across
/// instances: two instances that receive the same delivery at the same moment may both run it, so handlers should
/// still be idempotent. Use it with <see cref="LogtoWebhooksBuilder.UseHybridCacheDeliveryStore"/>.
/// </summary>
public sealed class HybridCacheLogtoWebhookDeliveryStore : ILogtoWebhookDeliveryStore
{
    /// <summary>The prefix of the cache keys, <c>logto:webhooks:</c>.</summary>
    public const string KeyPrefix = "logto:webhooks:";

    private const string HandledValue = "handled";
    private const string ClaimPrefix = "claim:";

    /// <summary>How long an instance trusts its local copy of a claim, so that it soon sees another instance finish or give up.</summary>
    private static readonly TimeSpan ClaimLocalExpiration = TimeSpan.FromSeconds(5);

    private readonly HybridCache _cache;

    /// <summary>Creates the store.</summary>
    /// <param name="cache">The cache, shared with other instances through its distributed cache.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cache"/> is null.</exception>
    public HybridCacheLogtoWebhookDeliveryStore(HybridCache cache)
    {
        ArgumentNullException.ThrowIfNull(cache);
        _cache = cache;
    }

    /// <inheritdoc />
    public async ValueTask<LogtoWebhookDeliveryStatus> TryClaimAsync(string deliveryKey, TimeSpan claimFor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        // "Handled" and the claim live under two keys. HybridCache may write a created entry to the distributed cache
        // after the call returns, so a claim written under the same key as "handled" could land after it and hide it.
        var handled = await _cache.GetOrCreateAsync(
            HandledKey(deliveryKey),
            static _ => ValueTask.FromResult(string.Empty),
            ReadOnly,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        if (handled == HandledValue)
        {
            return LogtoWebhookDeliveryStatus.Handled;
        }

        var claim = ClaimPrefix + Guid.NewGuid().ToString("N");
        var found = await _cache.GetOrCreateAsync(
            ClaimKey(deliveryKey),
            claim,
            static (value, _) => ValueTask.FromResult(value),
            new HybridCacheEntryOptions { Expiration = claimFor, LocalCacheExpiration = Min(claimFor, ClaimLocalExpiration) },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return found == claim ? LogtoWebhookDeliveryStatus.New : LogtoWebhookDeliveryStatus.InProgress;
    }

    /// <inheritdoc />
    public async ValueTask CompleteAsync(string deliveryKey, TimeSpan remember, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        await _cache.SetAsync(HandledKey(deliveryKey), HandledValue, new HybridCacheEntryOptions { Expiration = remember, LocalCacheExpiration = remember }, cancellationToken: cancellationToken).ConfigureAwait(false);
        await _cache.RemoveAsync(ClaimKey(deliveryKey), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask ReleaseAsync(string deliveryKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        return _cache.RemoveAsync(ClaimKey(deliveryKey), cancellationToken);
    }

    /// <summary>Reads an entry without writing one when it is missing.</summary>
    private static readonly HybridCacheEntryOptions ReadOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    private static string HandledKey(string deliveryKey) => KeyPrefix + deliveryKey + ":handled";

    private static string ClaimKey(string deliveryKey) => KeyPrefix + deliveryKey + ":claim";

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
