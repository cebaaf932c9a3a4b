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

    private protected override void Read(JObject json) => Application = Model<Application>("application");
}

/// <summary><c>Identifier.Lockout</c>: too many failed verification attempts locked an identifier out for a while.</summary>
public sealed class IdentifierLockoutEvent : LogtoExceptionEvent
{
    internal IdentifierLockoutEvent()
    {
    }

    /// <summary>The identifier's kind, such as <c>email</c>, <c>phone</c> or <c>username</c>.</summary>
    public string? IdentifierType => Text("type");

    /// <summary>The identifier that was locked out, such as the email address.</summary>
    public string? IdentifierValue => Text("value");
}

/// <summary><c>Message.RateLimited</c>: Logto refused to send a verification message because of its rate limit.</summary>
public sealed class MessageRateLimitedEvent : LogtoExceptionEvent
{
    internal MessageRateLimitedEvent()
    {
    }

    /// <summary>What was refused, such as <c>VerificationCode.Send</c>.</summary>
    public string? Action => Text("action");

    /// <summary>The email address or phone number the message was for.</summary>
    public string? Recipient => Text("recipient");
}

/// <summary><c>Grant.LimitExceeded</c>: a new grant took a user past an application's grant limit, so Logto revoked the oldest ones.</summary>
public sealed class GrantLimitExceededEvent : LogtoExceptionEvent
{
    private IReadOnlyList<string>? _revokedGrantIds;

    internal GrantLimitExceededEvent()
    {
    }

    /// <summary>The user's id.</summary>
    public string? UserId => Text("userId");

    /// <summary>The application's id; null for an unregistered (CIMD) client.</summary>
    public string? ApplicationId => Text("applicationId");

    /// <summary>The client identifier URL of an unregistered (CIMD) client, set instead of <see cref="ApplicationId"/>.</summary>
    public string? CimdClientId => Text("cimdClientId");

    /// <summary>The grants Logto revoked.</summary>
    public IReadOnlyList<string> RevokedGrantIds => _revokedGrantIds ??= Texts("revokedGrantIds");

    /// <summary>The application's grant limit.</summary>
    public int? MaxAllowedGrants => Number("maxAllowedGrants");

    /// <summary>How many grants were active before the revocation.</summary>
    public int? PreRevocationActiveGrantCount => Number("preRevocationActiveGrantCount");
}
