using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace Logto.Generated.AspNetCore;

/// <summary>
/// Points the <see cref="LogtoAccessTokenDefaults.AuthenticationScheme"/> JwtBearer scheme at Logto: metadata (and so
/// the signing keys, refreshed by the handler's configuration manager when Logto rotates them) from
/// <c>{Endpoint}/oidc/.well-known/openid-configuration</c>, issuer <c>{Endpoint}/oidc</c>, the configured audience,
/// <c>at+jwt</c> tokens only, claims kept as Logto names them (<c>sub</c>).
/// </summary>
internal sealed class LogtoJwtBearerSetup : IConfigureNamedOptions<JwtBearerOptions>
{
    private readonly IOptions<LogtoAccessTokenOptions> _options;

    public LogtoJwtBearerSetup(IOptions<LogtoAccessTokenOptions> options)
    {
        _options = options;
    }

    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != LogtoAccessTokenDefaults.AuthenticationScheme)
        {
            return;
        }

        var settings = _options.Value;
        var issuer = settings.Endpoint!.AbsoluteUri.TrimEnd('/') + "/oidc";
        options.MetadataAddress = issuer + "/.well-known/openid-configuration";
        options.Audience = settings.Audience;
        options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        options.MapInboundClaims = false;
        options.TokenValidationParameters.ValidIssuer = issuer;
        options.TokenValidationParameters.ValidAudience = settings.Audience;
        options.TokenValidationParameters.ClockSkew = settings.ClockSkew;
        options.TokenValidationParameters.ValidTypes = [LogtoAccessTokenDefaults.TokenType];
        options.TokenValidationParameters.NameClaimType = "sub";
        options.TokenValidationParameters.RequireExpirationTime = true;
        options.TokenValidationParameters.RequireSignedTokens = true;
        options.Events ??= new JwtBearerEvents();
        options.Events.OnAuthenticationFailed = LogtoJwtBearerEvents.AuthenticationFailedAsync;
        options.Events.OnChallenge = LogtoJwtBearerEvents.ChallengeAsync;
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
}
