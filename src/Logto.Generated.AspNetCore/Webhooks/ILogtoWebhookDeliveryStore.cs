namespace Logto.Generated.AspNetCore;

/// <summary>
/// Remembers deliveries, so that a delivery Logto sends again runs the handlers once. The default keeps them in
/// memory (<see cref="InMemoryLogtoWebhookDeliveryStore"/>); <see cref="HybridCacheLogtoWebhookDeliveryStore"/> shares
/// them between instances through <c>HybridCache</c>.
/// </summary>
public interface ILogtoWebhookDeliveryStore
{
    /// <summary>Claims a delivery unless it is being handled or was handled.</summary>
    /// <param name="deliveryKey">The delivery's key (hook, event, time and body hash; no secret, no body).</param>
    /// <param name="claimFor">How long the claim holds off duplicates if it is neither completed nor released.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns><see cref="LogtoWebhookDeliveryStatus.New"/> when the caller now holds the claim; otherwise what the store knows.</returns>
    ValueTask<LogtoWebhookDeliveryStatus> TryClaimAsync(string deliveryKey, TimeSpan claimFor, CancellationToken cancellationToken);

    /// <summary>Records that a claimed delivery was handled.</summary>
    /// <param name="deliveryKey">The delivery's key.</param>
    /// <param name="remember">How long to answer <see cref="LogtoWebhookDeliveryStatus.Handled"/> for it.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes once it is recorded.</returns>
    ValueTask CompleteAsync(string deliveryKey, TimeSpan remember, CancellationToken cancellationToken);

    /// <summary>Gives up a claim after a handler failed, so that Logto's retry runs the handlers again.</summary>
    /// <param name="deliveryKey">The delivery's key.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes once the claim is gone.</returns>
    ValueTask ReleaseAsync(string deliveryKey, CancellationToken cancellationToken);
}
