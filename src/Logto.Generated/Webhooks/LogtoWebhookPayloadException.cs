namespace Logto.Generated.Webhooks;

/// <summary>
/// A webhook body that is not a Logto event: not a JSON object, or without an <c>event</c> name or a <c>createdAt</c>
/// time. A receiver answers 400 to it. The message never contains the body.
/// </summary>
public sealed class LogtoWebhookPayloadException : LogtoException
{
    internal LogtoWebhookPayloadException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
