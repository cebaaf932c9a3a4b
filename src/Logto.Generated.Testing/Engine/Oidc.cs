using System.Text;
using System.Text.Json.Nodes;

namespace Logto.Generated.Testing;

/// <summary>
/// <c>/oidc/token</c> (client credentials, HTTP Basic or form authentication), <c>/oidc/jwks</c> and discovery,
/// with the bodies and headers the real Logto answers (<c>fixtures/real-logto/scenarios</c>, <c>token.*</c>).
/// </summary>
internal sealed class Oidc
{
    public const string ManagementResource = "https://default.logto.app/api";
    private readonly FakeState _state;
    private readonly FakeTokens _tokens;

    public Oidc(FakeState state, FakeTokens tokens)
    {
        _state = state;
        _tokens = tokens;
    }

    public static string Issuer(string origin) => origin.TrimEnd('/') + "/oidc";

    /// <summary>The operation id the request log and faults give an OIDC endpoint; null for any other request.</summary>
    public static string? OperationId(string method, string path) => (method, path) switch
    {
        ("POST", "/oidc/token") => FakeLogto.TokenOperation,
        ("GET", "/oidc/jwks") => FakeLogto.JwksOperation,
        ("GET", "/oidc/.well-known/openid-configuration") => FakeLogto.DiscoveryOperation,
        _ => null,
    };

    public FakeAnswer? TryAnswer(FakeCall call)
    {
        return (call.Method, call.Path) switch
        {
            ("POST", "/oidc/token") => Token(call),
            ("GET", "/oidc/jwks") => FakeAnswer.Ok(_tokens.Jwks()),
            ("GET", "/oidc/.well-known/openid-configuration") => FakeAnswer.Ok(Discovery(Issuer(call.Origin))),
            _ => null,
        };
    }

    private static JsonObject Discovery(string issuer) => new()
    {
        ["issuer"] = issuer,
        ["authorization_endpoint"] = issuer + "/auth",
        ["token_endpoint"] = issuer + "/token",
        ["jwks_uri"] = issuer + "/jwks",
        ["userinfo_endpoint"] = issuer + "/me",
        ["end_session_endpoint"] = issuer + "/session/end",
        ["grant_types_supported"] = new JsonArray("implicit", "authorization_code", "refresh_token", "client_credentials", "urn:ietf:params:oauth:grant-type:token-exchange"),
        ["response_types_supported"] = new JsonArray("code", "id_token", "code id_token", "none"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_basic", "client_secret_jwt", "client_secret_post", "private_key_jwt", "none"),
        ["id_token_signing_alg_values_supported"] = new JsonArray("ES384"),
        ["subject_types_supported"] = new JsonArray("public"),
        ["scopes_supported"] = new JsonArray("openid", "offline_access", "profile", "email", "phone", "address", "custom_data", "identities", "roles", "urn:logto:scope:organizations", "urn:logto:scope:organization_roles"),
    };

    private FakeAnswer Token(FakeCall call)
    {
        var form = call.Form();
        var (clientId, clientSecret) = ClientCredentials(call, form);
        var client = clientId is null ? null : FindClient(clientId);
        if (client is null)
        {
            return OAuthError(400, "invalid_client", "An OIDC error occurred: oidc.invalid_client.", $"invalid client {clientId}");
        }

        if (clientSecret is null || !_state.Secrets.TryGetValue(clientId!, out var secrets) || !secrets.Any(secret => (string?)secret["value"] == clientSecret))
        {
            return OAuthError(401, "invalid_client", "An OIDC error occurred: oidc.invalid_client.", "client authentication failed")
                .WithHeader("WWW-Authenticate", $"Basic realm=\"{Issuer(call.Origin)}\", error=\"invalid_client\", error_description=\"client authentication failed\"");
        }

        form.TryGetValue("grant_type", out var grant);
        if (grant is null)
        {
            return OAuthError(400, "invalid_request", "An OIDC error occurred: oidc.invalid_request.", "missing required parameter 'grant_type'");
        }

        if (grant != "client_credentials")
        {
            return OAuthError(400, "unsupported_grant_type", "Unsupported `grant_type` requested.", "unsupported grant_type requested");
        }

        form.TryGetValue("resource", out var resource);
        if (string.IsNullOrEmpty(resource))
        {
            return OAuthError(400, "invalid_target", "Invalid resource indicator.", "both `resource` and `organization_id` are not provided");
        }

        var target = _state.Resources.Newest().FirstOrDefault(row => (string?)row["indicator"] == resource);
        if (target is null)
        {
            return OAuthError(400, "invalid_target", "Invalid resource indicator.", "resource indicator is missing, or unknown");
        }

        var known = _state.Scopes.Newest().Where(scope => (string?)scope["resourceId"] == (string?)target["id"]).Select(scope => (string)scope["name"]!).ToHashSet(StringComparer.Ordinal);
        var requested = (form.GetValueOrDefault("scope") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var granted = requested.Where(known.Contains).Distinct().ToList();
        var lifetime = TimeSpan.FromSeconds((int?)target["accessTokenTtl"] ?? 3600);
        var token = _tokens.Issue(Issuer(call.Origin), resource, clientId!, clientId, granted, lifetime);
        var body = new JsonObject { ["access_token"] = token, ["expires_in"] = (int)lifetime.TotalSeconds, ["token_type"] = "Bearer" };
        if (granted.Count > 0)
        {
            body["scope"] = string.Join(" ", granted);
        }

        return FakeAnswer.Ok(body).WithHeader("Cache-Control", "no-store");
    }

    private JsonObject? FindClient(string clientId) =>
        _state.Applications.Find(clientId) is { } application && (string?)application["type"] == "MachineToMachine" ? application : null;

    private static (string? Id, string? Secret) ClientCredentials(FakeCall call, Dictionary<string, string> form)
    {
        if (call.Headers.TryGetValue("Authorization", out var header) && header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                var colon = decoded.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    return (Uri.UnescapeDataString(decoded[..colon]), Uri.UnescapeDataString(decoded[(colon + 1)..]));
                }
            }
            catch (FormatException)
            {
                return (null, null);
            }
        }

        return (form.GetValueOrDefault("client_id"), form.GetValueOrDefault("client_secret"));
    }

    private static FakeAnswer OAuthError(int status, string error, string message, string description) =>
        new(status, new JsonObject { ["code"] = "oidc." + error, ["message"] = message, ["error"] = error, ["error_description"] = description });
}
