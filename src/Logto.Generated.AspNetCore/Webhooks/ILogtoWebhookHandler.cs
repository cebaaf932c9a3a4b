using Logto.Generated.Webhooks;

namespace Logto.Generated.AspNetCore;

/// <summary>
/// Handles the verified deliveries of one event type, resolved from the request's services. Register it with
/// <see cref="LogtoWebhooksBuilder.AddHandler{TEvent, THandler}"/> or as <c>ILogtoWebhookHandler&lt;TEvent&gt;</c>
/// yourself. A handler of a base type hears every event derived from it: <c>ILogtoWebhookHandler&lt;LogtoWebhookEvent&gt;</c>
/// hears all, <c>ILogtoWebhookHandler&lt;LogtoDataEvent&lt;User&gt;&gt;</c> every user event.
/// </summary>
/// <typeparam name="TEvent">The event type.</typeparam>
public interface ILogtoWebhookHandler<in TEvent>
    where TEvent : LogtoWebhookEvent
{
    /// <summary>
    /// Handles one delivery. Throwing makes the receiver answer 500, so that Logto delivers it again; a handler may run
    /// once more for a delivery it already handled when another handler of the same delivery threw.
    /// </summary>
    /// <param name="webhookEvent">The event.</param>
    /// <param name="cancellationToken">Cancelled when Logto drops the connection.</param>
    /// <returns>A task that completes once the event is handled.</returns>
    Task HandleAsync(TEvent webhookEvent, CancellationToken cancellationToken);
}
