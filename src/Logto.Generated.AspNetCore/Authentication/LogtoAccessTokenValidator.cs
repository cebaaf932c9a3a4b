using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Logto.Generated.AspNetCore;

/// <summary>
/// Validates a Logto access token: a JWT signed by one of Logto's keys (see <see cref="LogtoSigningKeys"/>), issued by
/// <c>{endpoint}/oidc</c> for the configured audience, within its lifetime. The token itself is never logged.
/// </summary>
internal sealed class LogtoAccessTokenValidator
{
    private readonly LogtoSigningKeys _keys;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly TokenValidationParameters _parameters;
    private readonly ILogger _logger;

    public LogtoAccessTokenValidator(
        IOptions<LogtoAccessTokenOptions> options, IHttpClientFactory httpClientFactory, ILogger<LogtoAccessTokenValidator> logger, TimeProvider? timeProvider = null)
    {
        var settings = options.Value;
        var endpoint = settings.Endpoint!.AbsoluteUri.TrimEnd('/');
        var jwks = new Uri(endpoint + "/oidc/jwks");
        _keys = new LogtoSigningKeys(
            cancellationToken => httpClientFactory.CreateClient(ThirdPartyApplicationsEndpointServiceCollectionExtensions.JwksHttpClientName).GetStringAsync(jwks, cancellationToken),
            timeProvider ?? TimeProvider.System,
            logger);
        _parameters = new TokenValidationParameters
        {
            ValidIssuer = endpoint + "/oidc",
            ValidAudience = settings.Audience,
            ClockSkew = settings.ClockSkew,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
        };
        _logger = logger;
    }

    /// <summary>The user id (<c>sub</c>) of a valid bearer token, or null when the header holds none.</summary>
    /// <param name="authorization">The <c>Authorization</c> header.</param>
    /// <param name="cancellationToken">Cancels fetching the keys.</param>
    /// <exception cref="InvalidOperationException">The signing keys could not be fetched from Logto.</exception>
    public async Task<string?> ValidateAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (ReadBearerToken(authorization) is not { } token)
        {
            _logger.LogDebug("Rejected a request without a readable bearer token.");
            return null;
        }

        var parameters = _parameters.Clone();
        parameters.IssuerSigningKeys = await _keys.GetAsync(token.Kid, cancellationToken).ConfigureAwait(false);
        var result = await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        var subject = result.IsValid ? (result.SecurityToken as JsonWebToken)?.Subject : null;
        if (string.IsNullOrEmpty(subject))
        {
            _logger.LogDebug("Rejected an access token: {Reason}.", result.Exception?.GetType().Name ?? "no sub claim");
            return null;
        }

        return subject;
    }

    private JsonWebToken? ReadBearerToken(string? authorization)
    {
        const string Scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var text = authorization[Scheme.Length..].Trim();
        return text.Length > 0 && _handler.CanReadToken(text) ? Parse(text) : null;
    }

    private static JsonWebToken? Parse(string text)
    {
        try
        {
            return new JsonWebToken(text);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
