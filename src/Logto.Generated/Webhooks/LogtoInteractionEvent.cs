using Newtonsoft.Json.Linq;

namespace Logto.Generated.Webhooks;

/// <summary>
/// An event Logto raises when a user finishes an interaction in its sign-in experience: <see cref="PostRegisterEvent"/>,
/// <see cref="PostSignInEvent"/>, <see cref="PostResetPasswordEvent"/>, <see cref="PostSignInAdaptiveMfaTriggeredEvent"/>.
/// </summary>
public abstract class LogtoInteractionEvent : LogtoWebhookEvent
{
    private protected LogtoInteractionEvent()
    {
    }

    /// <summary>The user's id.</summary>
    public string? UserId => Text("userId");

    /// <summary>The user's profile fields as Logto selects them for hooks (no password data); null when the user could not be read.</summary>
    public User? User { get; private set; }

    /// <summary>The application the interaction ran for (id, type, name, description only); null for an unregistered client.</summary>
    public Application? Application { get; private set; }

    /// <summary>The client identifier URL of an unregistered (CIMD) client, which stands in for <see cref="Application"/>.</summary>
    public string? CimdClientId => Text("cimdClientId");

    /// <summary>The OIDC session's id.</summary>
    public string? SessionId => Text("sessionId");

    /// <summary>The interaction's kind: <c>SignIn</c>, <c>Register</c> or <c>ForgotPassword</c>.</summary>
    public string? InteractionEvent => Text("interactionEvent");

    private protected override void Read(JObject json)
    {
        User = Model<User>("user");
        Application = Model<Application>("application");
    }
}

/// <summary><c>PostRegister</c>: a user finished registering.</summary>
public sealed class PostRegisterEvent : LogtoInteractionEvent
{
    internal PostRegisterEvent()
    {
    }
}

/// <summary><c>PostSignIn</c>: a user finished signing in.</summary>
public sealed class PostSignInEvent : LogtoInteractionEvent
{
    internal PostSignInEvent()
    {
    }
}

/// <summary><c>PostResetPassword</c>: a user reset their password.</summary>
public sealed class PostResetPasswordEvent : LogtoInteractionEvent
{
    internal PostResetPasswordEvent()
    {
    }
}

/// <summary><c>PostSignInAdaptiveMfaTriggered</c>: adaptive MFA asked a user signing in for a second factor.</summary>
public sealed class PostSignInAdaptiveMfaTriggeredEvent : LogtoInteractionEvent
{
    internal PostSignInAdaptiveMfaTriggeredEvent()
    {
    }
}
