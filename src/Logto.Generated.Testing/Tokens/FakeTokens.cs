using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Logto.Generated.Testing;

/// <summary>
/// The fake's signing key (ES384, as Logto signs access tokens), the tokens it issued and their expiry. Management
/// API requests are accepted with a token the fake issued for the Management API resource, until it expires.
/// </summary>
internal sealed class FakeTokens : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP384);
    private readonly ECDsaSecurityKey _securityKey;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, (DateTimeOffset Expires, string Audience)> _issued = new(StringComparer.Ordinal);
    private readonly object _lock = new();

    public FakeTokens(TimeProvider time)
    {
        _time = time;
        _securityKey = new ECDsaSecurityKey(_key) { KeyId = FakeState.NewId(16) };
    }

    public string KeyId => _securityKey.KeyId;

    /// <summary>The public key as <c>/oidc/jwks</c> publishes it.</summary>
    public JsonObject Jwks()
    {
        var jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(_securityKey);
        var key = new JsonObject { ["kty"] = jwk.Kty, ["use"] = "sig", ["kid"] = KeyId, ["alg"] = "ES384", ["crv"] = jwk.Crv, ["x"] = jwk.X, ["y"] = jwk.Y };
        return new JsonObject { ["keys"] = new JsonArray(key) };
    }

    /// <summary>A signed <c>at+jwt</c> access token, remembered until it expires.</summary>
    public string Issue(string issuer, string audience, string subject, string? clientId, IEnumerable<string> scopes, TimeSpan lifetime, IDictionary<string, object>? claims = null)
    {
        var now = _time.GetUtcNow();
        var all = new Dictionary<string, object> { ["sub"] = subject, ["jti"] = FakeState.NewId(21) };
        if (clientId is not null)
        {
            all["client_id"] = clientId;
        }

        var scope = string.Join(" ", scopes);
        if (scope.Length > 0)
        {
            all["scope"] = scope;
        }

        foreach (var claim in claims ?? new Dictionary<string, object>())
        {
            all[claim.Key] = claim.Value;
        }

        var token = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = all,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            TokenType = "at+jwt",
            SigningCredentials = new SigningCredentials(_securityKey, SecurityAlgorithms.EcdsaSha384),
        });
        lock (_lock)
        {
            _issued[token] = (now + lifetime, audience);
        }

        return token;
    }

    /// <summary>Why a bearer token is refused for <paramref name="audience"/>, or null when it is accepted.</summary>
    public string? Refusal(string token, string audience)
    {
        lock (_lock)
        {
            if (!_issued.TryGetValue(token, out var issued) || issued.Audience != audience)
            {
                return "ERR_JWS_INVALID";
            }

            return issued.Expires <= _time.GetUtcNow() ? "ERR_JWT_EXPIRED" : null;
        }
    }

    public void Dispose() => _key.Dispose();
}
