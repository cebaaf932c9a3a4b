using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Logto.Generated.Testing.Tests.Tools;

/// <summary>The fake's signing keys: rotation, retirement, the credentials a test signs with, the OIDC operation ids.</summary>
public class SigningKeyTests
{
    [Test]
    public async Task A_rotated_key_signs_from_then_on_and_the_old_one_stays_published_until_retired()
    {
        await using var logto = new FakeLogto();
        using var http = new HttpClient(logto.CreateHandler()) { BaseAddress = logto.Endpoint };
        var first = new JsonWebToken(logto.IssueUserAccessToken("u1", "https://api.example.com")).Kid;

        var second = logto.RotateSigningKey();
        var rotated = await KeyIdsAsync(http);
        var signedAfter = new JsonWebToken(logto.IssueUserAccessToken("u1", "https://api.example.com")).Kid;
        logto.RetireSigningKey(first);
        var retired = await KeyIdsAsync(http);

        Assert.That(rotated, Is.EqualTo(new[] { second, first }));
        Assert.That(signedAfter, Is.EqualTo(second));
        Assert.That(logto.SigningCredentials.Key.KeyId, Is.EqualTo(second));
        Assert.That(retired, Is.EqualTo(new[] { second }));
        Assert.That(() => logto.RetireSigningKey(second), Throws.InvalidOperationException);
        Assert.That(() => logto.RetireSigningKey("no-such-key"), Throws.ArgumentException.With.Property("ParamName").EqualTo("keyId"));
    }

    [Test]
    public async Task A_management_token_of_a_retired_key_is_refused()
    {
        await using var logto = new FakeLogto();
        using var http = new HttpClient(logto.CreateHandler()) { BaseAddress = logto.Endpoint };
        using var tokenResponse = await http.PostAsync("/oidc/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["resource"] = FakeLogto.ManagementResource, ["client_id"] = logto.ClientId, ["client_secret"] = logto.ClientSecret,
        }));
        var token = (string)JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync())!["access_token"]!;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var before = await http.GetAsync("/api/users");
        logto.RotateSigningKey();
        logto.RetireSigningKey(new JsonWebToken(token).Kid);
        using var after = await http.GetAsync("/api/users");

        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_token_crafted_with_the_signing_credentials_verifies_against_the_published_keys()
    {
        await using var logto = new FakeLogto();
        using var http = new HttpClient(logto.CreateHandler()) { BaseAddress = logto.Endpoint };
        var crafted = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://other.example.com/oidc", TokenType = "JWT", SigningCredentials = logto.SigningCredentials,
        });
        using var jwks = await http.GetAsync("/oidc/jwks");

        var keys = new JsonWebKeySet(await jwks.Content.ReadAsStringAsync()).GetSigningKeys();
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(crafted, new TokenValidationParameters
        {
            ValidateIssuer = false, ValidateAudience = false, ValidateLifetime = false, IssuerSigningKeys = keys,
        });

        Assert.That(result.IsValid, Is.True, result.Exception?.Message);
        Assert.That(new JsonWebToken(crafted).Alg, Is.EqualTo("ES384"));
    }

    [Test]
    public async Task Jwks_and_discovery_are_logged_and_faulted_under_their_operation_ids()
    {
        await using var logto = new FakeLogto();
        using var http = new HttpClient(logto.CreateHandler()) { BaseAddress = logto.Endpoint };
        using var fault = logto.InjectFault(FakeLogto.JwksOperation, FakeLogtoFault.ServerError(503), int.MaxValue);

        using var jwks = await http.GetAsync("/oidc/jwks");
        using var discovery = await http.GetAsync("/oidc/.well-known/openid-configuration");

        Assert.That(jwks.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(discovery.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(logto.Requests.Select(request => (request.OperationId, request.Status)), Is.EqualTo(new[] { (FakeLogto.JwksOperation, 503), (FakeLogto.DiscoveryOperation, 200) }));
    }

    private static async Task<List<string>> KeyIdsAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/oidc/jwks");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["keys"]!.AsArray().Select(key => (string)key!["kid"]!).ToList();
    }
}
