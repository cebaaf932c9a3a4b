using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Logto.Generated.AspNetCore.Tests.TestSupport;

/// <summary>An ES384 key pair like the ones Logto signs access tokens with, published as a JWK.</summary>
internal sealed class TestSigningKey
{
    public TestSigningKey(string keyId)
    {
        KeyId = keyId;
        SecurityKey = new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP384)) { KeyId = keyId };
    }

    public string KeyId { get; }

    public ECDsaSecurityKey SecurityKey { get; }

    /// <summary>The public half, as Logto publishes it in <c>/oidc/jwks</c>.</summary>
    public IReadOnlyDictionary<string, string> PublicJwk
    {
        get
        {
            var jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(SecurityKey);
            return new Dictionary<string, string>
            {
                ["kty"] = jwk.Kty, ["crv"] = jwk.Crv, ["x"] = jwk.X, ["y"] = jwk.Y, ["kid"] = KeyId, ["use"] = "sig", ["alg"] = SecurityAlgorithms.EcdsaSha384,
            };
        }
    }

    /// <summary>A signed access token; every claim can be changed or left out.</summary>
    public string CreateToken(
        string issuer,
        string? audience,
        string? subject,
        DateTime? notBefore = null,
        DateTime? expires = null,
        string tokenType = "at+jwt",
        IDictionary<string, object>? extraClaims = null) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = Claims(subject, extraClaims),
            IssuedAt = DateTime.UtcNow.AddMinutes(-1),
            NotBefore = notBefore ?? DateTime.UtcNow.AddMinutes(-1),
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(SecurityKey, SecurityAlgorithms.EcdsaSha384),
            TokenType = tokenType,
        });

    private static Dictionary<string, object> Claims(string? subject, IDictionary<string, object>? extraClaims)
    {
        var claims = subject is null ? new Dictionary<string, object>() : new Dictionary<string, object> { ["sub"] = subject, ["scope"] = "openid profile" };
        foreach (var claim in extraClaims ?? new Dictionary<string, object>())
        {
            claims[claim.Key] = claim.Value;
        }

        return claims;
    }
}
