using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Logto.Generated.Testing;

/// <summary>
/// The fake's signing keys (ES384, as Logto signs access tokens; the newest signs, every published one verifies), the
/// tokens it issued and their expiry. Management API requests are accepted with a token the fake issued for the
/// Management API resource, until it expires or its key is retired.
/// </summary>
internal sealed class FakeTokens : IDisposable
{
    private readonly List<ECDsaSecurityKey> _keys = [];
    private readonly List<ECDsaSecurityKey> _retired = [];
    private readonly TimeProvider _time;
    private readonly Dictionary<string, (DateTimeOffset Expires, string Audience, string KeyId)> _issued = new(StringComparer.Ordinal);
    private readonly object _lock = new();

    public FakeTokens(TimeProvider time)
    {
        _time = time;
        Rotate();
    }

    /// <summary>The credentials of the newest key, which signs every token the fake issues.</summary>
    public SigningCredentials Current
    {
        get
        {
            lock (_lock)
            {
                return new SigningCredentials(_keys[0], SecurityAlgorithms.EcdsaSha384);
            }
        }
    }

    /// <summary>Publishes a new key (first in <c>/oidc/jwks</c>) that signs from now on; the others stay published.</summary>
    public string Rotate()
    {
        var key = new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP384)) { KeyId = FakeState.NewId(16) };
        lock (_lock)
        {
            _keys.Insert(0, key);
        }

        return key.KeyId;
    }

    /// <summary>Stops publishing a key; the tokens it signed are refused from now on.</summary>
    public void Retire(string keyId)
    {
        lock (_lock)
        {
            var key = _keys.Find(published => published.KeyId == keyId) ?? throw new ArgumentException($"No published signing key has the id {keyId}.", nameof(keyId));
            if (_keys.Count == 1)
            {
                throw new InvalidOperationException("The only published signing key cannot be retired; rotate first.");
            }

            // Kept until disposal: credentials handed out earlier can still sign (a token of a retired key, say).
            _keys.Remove(key);
            _retired.Add(key);
        }
    }

    /// <summary>The public keys as <c>/oidc/jwks</c> publishes them, newest first.</summary>
    public JsonObject Jwks()
    {
        lock (_lock)
        {
            return new JsonObject { ["keys"] = new JsonArray(_keys.Select(Jwk).ToArray()) };
        }
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

        var signing = Current;
        var token = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = all,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            TokenType = "at+jwt",
            SigningCredentials = signing,
        });
        lock (_lock)
        {
            _issued[token] = (now + lifetime, audience, signing.Key.KeyId);
        }

        return token;
    }

    /// <summary>Why a bearer token is refused for <paramref name="audience"/>, or null when it is accepted.</summary>
    public string? Refusal(string token, string audience)
    {
        lock (_lock)
        {
            if (!_issued.TryGetValue(token, out var issued) || issued.Audience != audience || !_keys.Exists(key => key.KeyId == issued.KeyId))
            {
                return "ERR_JWS_INVALID";
            }

            return issued.Expires <= _time.GetUtcNow() ? "ERR_JWT_EXPIRED" : null;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _keys.Concat(_retired).ToList().ForEach(key => key.ECDsa.Dispose());
        }
    }

    private static JsonNode Jwk(ECDsaSecurityKey key)
    {
        var jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(key);
        return new JsonObject { ["kty"] = jwk.Kty, ["use"] = "sig", ["kid"] = key.KeyId, ["alg"] = "ES384", ["crv"] = jwk.Crv, ["x"] = jwk.X, ["y"] = jwk.Y };
    }
}
