namespace Logto.Generated.AspNetCore;

/// <summary>What an <see cref="ILogtoWebhookDeliveryStore"/> knows of a delivery when it arrives.</summary>
public enum LogtoWebhookDeliveryStatus
{
    /// <summary>Not seen (or its first attempt failed): the caller now holds it and runs the handlers.</summary>
    New,

    /// <summary>Another request is running its handlers right now.</summary>
    InProgress,

    /// <summary>Its handlers ran to the end within the duplicate window.</summary>
    Handled,
}
