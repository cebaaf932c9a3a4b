namespace Logto.Generated.Webhooks;

/// <summary>
/// An event whose name this version does not know (Logto adds events over time), or one still under development such
/// as <c>TrustedDevice.Created</c>. The common fields are read; the rest is in <see cref="LogtoWebhookEvent.RawJson"/>.
/// </summary>
public sealed class UnknownLogtoWebhookEvent : LogtoWebhookEvent
{
    internal UnknownLogtoWebhookEvent()
    {
    }
}
