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
        var claim = ClaimPrefix + Guid.NewGuid().ToString("N");
        var found = await _cache.GetOrCreateAsync(
            KeyPrefix + deliveryKey,
            claim,
            static (value, _) => ValueTask.FromResult(value),
            new HybridCacheEntryOptions { Expiration = claimFor, LocalCacheExpiration = Min(claimFor, ClaimLocalExpiration) },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return found == claim ? LogtoWebhookDeliveryStatus.New
            : found == HandledValue ? LogtoWebhookDeliveryStatus.Handled
            : LogtoWebhookDeliveryStatus.InProgress;
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(string deliveryKey, TimeSpan remember, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        return _cache.SetAsync(KeyPrefix + deliveryKey, HandledValue, new HybridCacheEntryOptions { Expiration = remember, LocalCacheExpiration = remember }, cancellationToken: cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask ReleaseAsync(string deliveryKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        return _cache.RemoveAsync(KeyPrefix + deliveryKey, cancellationToken);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
