using Newtonsoft.Json.Linq;

namespace Logto.Generated.Webhooks;

/// <summary>
/// An event Logto raises when something was refused for safety: <see cref="IdentifierLockoutEvent"/>,
/// <see cref="MessageRateLimitedEvent"/>, <see cref="GrantLimitExceededEvent"/>.
/// </summary>
public abstract class LogtoExceptionEvent : LogtoWebhookEvent
{
    private protected LogtoExceptionEvent()
    {
    }

    /// <summary>The application of the request, when Logto knew it (id, type, name, description only).</summary>
    public Application? Application { get; private set; }

    private protected override void Read(JObject json)
    {
        Application = WebhookJson.Model<Application>(json, "application");
        ReadMore(json);
    }

    /// <summary>Reads the fields of the concrete event.</summary>
    private protected abstract void ReadMore(JObject json);
}

/// <summary><c>Identifier.Lockout</c>: too many failed verification attempts locked an identifier out for a while.</summary>
public sealed class IdentifierLockoutEvent : LogtoExceptionEvent
{
    internal IdentifierLockoutEvent()
    {
    }

    /// <summary>The identifier's kind, such as <c>email</c>, <c>phone</c> or <c>username</c>.</summary>
    public string? IdentifierType { get; private set; }

    /// <summary>The identifier that was locked out, such as the email address.</summary>
    public string? IdentifierValue { get; private set; }

    private protected override void ReadMore(JObject json)
    {
        IdentifierType = WebhookJson.String(json, "type");
        IdentifierValue = WebhookJson.String(json, "value");
    }
}

/// <summary><c>Message.RateLimited</c>: Logto refused to send a verification message because of its rate limit.</summary>
public sealed class MessageRateLimitedEvent : LogtoExceptionEvent
{
    internal MessageRateLimitedEvent()
    {
    }

    /// <summary>What was refused, such as <c>VerificationCode.Send</c>.</summary>
    public string? Action { get; private set; }

    /// <summary>The email address or phone number the message was for.</summary>
    public string? Recipient { get; private set; }

    private protected override void ReadMore(JObject json)
    {
        Action = WebhookJson.String(json, "action");
        Recipient = WebhookJson.String(json, "recipient");
    }
}

/// <summary><c>Grant.LimitExceeded</c>: a new grant took a user past an application's grant limit, so Logto revoked the oldest ones.</summary>
public sealed class GrantLimitExceededEvent : LogtoExceptionEvent
{
    internal GrantLimitExceededEvent()
    {
    }

    /// <summary>The user's id.</summary>
    public string? UserId { get; private set; }

    /// <summary>The application's id; null for an unregistered (CIMD) client.</summary>
    public string? ApplicationId { get; private set; }

    /// <summary>The client identifier URL of an unregistered (CIMD) client, set instead of <see cref="ApplicationId"/>.</summary>
    public string? CimdClientId { get; private set; }

    /// <summary>The grants Logto revoked.</summary>
    public IReadOnlyList<string> RevokedGrantIds { get; private set; } = [];

    /// <summary>The application's grant limit.</summary>
    public int? MaxAllowedGrants { get; private set; }

    /// <summary>How many grants were active before the revocation.</summary>
    public int? PreRevocationActiveGrantCount { get; private set; }

    private protected override void ReadMore(JObject json)
    {
        UserId = WebhookJson.String(json, "userId");
        ApplicationId = WebhookJson.String(json, "applicationId");
        CimdClientId = WebhookJson.String(json, "cimdClientId");
        RevokedGrantIds = WebhookJson.List(json, "revokedGrantIds");
        MaxAllowedGrants = WebhookJson.Integer(json, "maxAllowedGrants");
        PreRevocationActiveGrantCount = WebhookJson.Integer(json, "preRevocationActiveGrantCount");
    }
}
