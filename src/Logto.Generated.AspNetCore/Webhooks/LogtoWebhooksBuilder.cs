using Logto.Generated.Webhooks;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Logto.Generated.AspNetCore;

/// <summary>Adds handlers to the webhook receiver and chooses its delivery store; returned by <c>AddLogtoWebhooks</c>.</summary>
public sealed class LogtoWebhooksBuilder
{
    internal LogtoWebhooksBuilder(IServiceCollection services) => Services = services;

    /// <summary>The services the receiver is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Runs <paramref name="handler"/> for every verified delivery of <typeparamref name="TEvent"/> or a type derived
    /// from it; call it as often as needed, for one event type or many.
    /// </summary>
    /// <typeparam name="TEvent">The event type, such as <see cref="UserCreatedEvent"/>, <c>LogtoDataEvent&lt;User&gt;</c> or <see cref="LogtoWebhookEvent"/> for all.</typeparam>
    /// <param name="handler">Handles the event; throwing makes the receiver answer 500, so that Logto delivers it again.</param>
    /// <returns>This builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="handler"/> is null.</exception>
    public LogtoWebhooksBuilder On<TEvent>(Func<TEvent, CancellationToken, Task> handler)
        where TEvent : LogtoWebhookEvent
    {
        ArgumentNullException.ThrowIfNull(handler);
        Services.AddSingleton<ILogtoWebhookHandler<TEvent>>(new DelegateHandler<TEvent>(handler));
        return this;
    }

    /// <summary>Registers <typeparamref name="THandler"/>, resolved per delivery from the request's services, for <typeparamref name="TEvent"/>.</summary>
    /// <typeparam name="TEvent">The event type it handles (and every type derived from it).</typeparam>
    /// <typeparam name="THandler">The handler; it may take scoped services.</typeparam>
    /// <returns>This builder, to chain calls.</returns>
    public LogtoWebhooksBuilder AddHandler<TEvent, THandler>()
        where TEvent : LogtoWebhookEvent
        where THandler : class, ILogtoWebhookHandler<TEvent>
    {
        Services.AddScoped<ILogtoWebhookHandler<TEvent>, THandler>();
        return this;
    }

    /// <summary>
    /// Remembers deliveries in the application's <see cref="HybridCache"/> (registered here if it is not yet), so that
    /// instances sharing its distributed cache recognise each other's deliveries.
    /// </summary>
    /// <returns>This builder, to chain calls.</returns>
    public LogtoWebhooksBuilder UseHybridCacheDeliveryStore()
    {
        Services.AddHybridCache();
        Services.RemoveAll<ILogtoWebhookDeliveryStore>();
        Services.AddSingleton<ILogtoWebhookDeliveryStore>(provider => new HybridCacheLogtoWebhookDeliveryStore(provider.GetRequiredService<HybridCache>()));
        return this;
    }

    private sealed class DelegateHandler<TEvent>(Func<TEvent, CancellationToken, Task> handler) : ILogtoWebhookHandler<TEvent>
        where TEvent : LogtoWebhookEvent
    {
        public Task HandleAsync(TEvent webhookEvent, CancellationToken cancellationToken) => handler(webhookEvent, cancellationToken);
    }
}
