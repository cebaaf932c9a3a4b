namespace Logto.Generated.AspNetCore;

/// <summary>
/// How the webhook receiver (<see cref="LogtoWebhooksEndpointRouteBuilderExtensions.MapLogtoWebhooks"/>) checks and
/// deduplicates deliveries. Bound from a configuration section such as <c>Logto:Webhooks</c>; checked when the host starts.
/// </summary>
public sealed class LogtoWebhookOptions
{
    /// <summary>The default <see cref="MaxBodySize"/>: 1 MiB.</summary>
    public const long DefaultMaxBodySize = 1024 * 1024;

    /// <summary>
    /// The signing keys of the hooks that send to this receiver (Logto shows a hook's key in its console and returns it
    /// from <c>POST /api/hooks</c>); at least one. A delivery signed with any of them is accepted: during a rotation,
    /// list the new key and the old one, then drop the old one. Keys bound from configuration follow its reloads.
    /// </summary>
    public IList<string> SigningKeys { get; set; } = [];

    /// <summary>The largest body accepted, in bytes; a larger one is answered 413 unread. <see cref="DefaultMaxBodySize"/> by default.</summary>
    public long MaxBodySize { get; set; } = DefaultMaxBodySize;

    /// <summary>
    /// How long a handled delivery is remembered, so that the same delivery again (same hook, event, <c>createdAt</c>
    /// and body) does not run the handlers again. Logto retries a failed delivery up to three times within seconds to
    /// minutes. One hour by default; <see cref="TimeSpan.Zero"/> turns recognition off.
    /// </summary>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long the handlers of one delivery may run: then they are cancelled and the answer is 500. Meanwhile the same
    /// delivery again is answered 503, so that Logto tries later; after it, a duplicate runs the handlers, as when the
    /// first instance died. Logto itself gives up on an answer after 10 seconds and cancels the handlers by dropping the
    /// connection. Five minutes by default.
    /// </summary>
    public TimeSpan HandlerTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
