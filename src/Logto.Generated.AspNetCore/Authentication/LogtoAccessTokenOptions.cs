namespace Logto.Generated.AspNetCore;

/// <summary>
/// How the third-party applications endpoint's JwtBearer scheme (<see cref="LogtoAccessTokenDefaults.AuthenticationScheme"/>)
/// validates the caller's Logto access token.
/// </summary>
public sealed class LogtoAccessTokenOptions
{
    /// <summary>
    /// The Logto endpoint that issued the token, such as <c>https://tenant.logto.app/</c>: the issuer must be
    /// <c>{Endpoint}/oidc</c>, and the signing keys are those that <c>{Endpoint}/oidc/.well-known/openid-configuration</c>
    /// lists. With
    /// <c>AddLogtoManagementApi</c> registered, null means <see cref="LogtoClientOptions.Endpoint"/>.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>
    /// The audience the token must carry: the indicator of the API resource your users request tokens for, such as
    /// <c>https://portal.example.com/api</c>. Required.
    /// </summary>
    public string? Audience { get; set; }

    /// <summary>Whether the metadata and signing keys must come over HTTPS; true by default. Turn it off only for a local Logto.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>How far the token's lifetime may be off the server clock; 1 minute by default, at most 5 minutes.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(1);
}
