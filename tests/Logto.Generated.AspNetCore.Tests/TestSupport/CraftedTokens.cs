using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Logto.Generated.AspNetCore.Tests.TestSupport;

/// <summary>
/// Access tokens Logto would not issue (another issuer, no <c>aud</c> or <c>sub</c>, an ID token, an extra claim),
/// signed with <see cref="Testing.FakeLogto.SigningCredentials"/> or with <see cref="UnpublishedKey"/>.
/// </summary>
internal static class CraftedTokens
{
    /// <summary>Credentials of an ES384 key no Logto published, under the given key id.</summary>
    public static SigningCredentials UnpublishedKey(string keyId) =>
        new(new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP384)) { KeyId = keyId }, SecurityAlgorithms.EcdsaSha384);

    /// <summary>A signed token; every claim can be changed or left out.</summary>
    public static string Create(
        SigningCredentials signing,
        string issuer,
        string? audience,
        string? subject,
        DateTime? notBefore = null,
        DateTime? expires = null,
        string tokenType = "at+jwt",
        IDictionary<string, object>? extraClaims = null)
    {
        var claims = subject is null ? new Dictionary<string, object>() : new Dictionary<string, object> { ["sub"] = subject, ["scope"] = "openid profile" };
        foreach (var claim in extraClaims ?? new Dictionary<string, object>())
        {
            claims[claim.Key] = claim.Value;
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = DateTime.UtcNow.AddMinutes(-1),
            NotBefore = notBefore ?? DateTime.UtcNow.AddMinutes(-1),
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            SigningCredentials = signing,
            TokenType = tokenType,
        });
    }
}
