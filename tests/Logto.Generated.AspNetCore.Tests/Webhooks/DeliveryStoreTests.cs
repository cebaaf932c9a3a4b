using Logto.Generated.Tests.TestSupport;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace Logto.Generated.AspNetCore.Tests.Webhooks;

/// <summary>The delivery stores: a claim, its completion or release, and both windows.</summary>
public class DeliveryStoreTests
{
    private static readonly TimeSpan Claim = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    [Test]
    public async Task In_memory_a_claim_holds_off_duplicates_until_it_completes_is_released_or_expires()
    {
        var clock = new ManualTimeProvider();
        var store = new InMemoryLogtoWebhookDeliveryStore(clock);

        Assert.That(await store.TryClaimAsync("d1", Claim, default), Is.EqualTo(LogtoWebhookDeliveryStatus.New));
        Assert.That(await store.TryClaimAsync("d1", Claim, default), Is.EqualTo(LogtoWebhookDeliveryStatus.InProgress));
        Assert.That(await store.TryClaimAsync("d2", Claim, default), Is.EqualTo(LogtoWebhookDeliveryStatus.New));

        await store.ReleaseAsync("d2", default);
        Assert.That(await store.TryClaimAsync("d2", Claim, default), Is.EqualTo(LogtoWebhookDeliveryStatus.New), "a released claim can be taken again");

        clock.Advance(Claim);
        Assert.That(await store.TryClaimAsync("d1", Claim, default), Is.EqualTo(LogtoWebhookDeliveryStatus.New), "an expired claim, as of a dead instance, can be taken");
    }

    [Test]
    public async Task In_memory_a_completed_delivery_is_remembered_for_the_window_only()
    {
        var clock = new ManualTimeProvider();
        var store = new InMemoryLogtoWebhookDeliveryStore(clock);
        await store.TryClaimAsync("d1", Claim, default);
        await store.CompleteAsync("d1", Window, default);

        clock.Advance(Window - TimeSpan.FromSeconds(1));
        Assert.That(await store.TryClaimAsync("d1", Claim, default), Is.EqualTo(LogtoWebhookDeliveryStatus.Handled));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.That(await store.TryClaimAsync("d1", Claim, default), Is.EqualTo(LogtoWebhookDeliveryStatus.New));
    }

    [Test]
    public async Task In_memory_concurrent_claims_of_one_delivery_give_it_to_exactly_one()
    {
        var store = new InMemoryLogtoWebhookDeliveryStore();

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(async () => await store.TryClaimAsync("same", Claim, default))));

        Assert.That(results.Count(result => result == LogtoWebhookDeliveryStatus.New), Is.EqualTo(1));
        Assert.That(results.Count(result => result == LogtoWebhookDeliveryStatus.InProgress), Is.EqualTo(63));
    }

    [Test]
    public async Task In_HybridCache_a_claim_completes_and_releases()
    {
        await using var services = new ServiceCollection().AddHybridCache().Services.BuildServiceProvider();
        var store = new HybridCacheLogtoWebhookDeliveryStore(services.GetRequiredService<HybridCache>());

        Assert.That(await store.TryClaimAsync("d1", Claim, default), Is.EqualTo(LogtoWebhookDeliveryStatus.New));
        Assert.That(await store.TryClaimAsync("d1", Claim, default), Is.EqualTo(LogtoWebhookDeliveryStatus.InProgress));
        await store.CompleteAsync("d1", Window, default);
        Assert.That(await store.TryClaimAsync("d1", Claim, default), Is.EqualTo(LogtoWebhookDeliveryStatus.Handled));
        Assert.That(await store.TryClaimAsync("d2", Claim, default), Is.EqualTo(LogtoWebhookDeliveryStatus.New));
        await store.ReleaseAsync("d2", default);
        Assert.That(await store.TryClaimAsync("d2", Claim, default), Is.EqualTo(LogtoWebhookDeliveryStatus.New));
    }

    [Test]
    public void Keys_are_checked() =>
        Assert.That(() => new InMemoryLogtoWebhookDeliveryStore().TryClaimAsync("", Claim, default), Throws.ArgumentException.With.Property("ParamName").EqualTo("deliveryKey"));
}
