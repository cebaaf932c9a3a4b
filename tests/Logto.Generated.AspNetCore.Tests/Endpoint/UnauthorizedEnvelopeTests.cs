using Logto.Generated.AspNetCore.Tests.TestSupport;
using Logto.Generated.Testing;
using Logto.Generated.Tests.TestSupport;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.AspNetCore.Tests.Endpoint;

/// <summary>401 answers: every way a token can be missing or wrong, and nothing asked of Logto for it.</summary>
public class UnauthorizedEnvelopeTests
{
    private const string InvalidToken = """{"code":401,"message":"invalid token","data":{}}""";

    private static readonly Dictionary<string, Func<EndpointUnderTest, string?>> Authorizations = [];

    private static IEnumerable<TestCaseData> BadAuthorizations()
    {
        yield return Bad("no Authorization header", _ => null);
        yield return Bad("another scheme", _ => "Basic dTE6cGFzc3dvcmQ=");
        yield return Bad("an empty bearer", _ => "Bearer ");
        yield return Bad("not a JWT (an opaque Logto token)", _ => "Bearer 4fZkq0m1opaque");
        yield return Bad("the wrong issuer", host => Bearer(Crafted(host, "https://other.logto.app/oidc", EndpointUnderTest.Audience, "u1")));
        yield return Bad("the wrong audience", host => Bearer(host.Logto.IssueUserAccessToken("u1", FakeLogto.ManagementResource)));
        yield return Bad("no audience", host => Bearer(Crafted(host, host.Logto.Issuer, null, "u1")));
        yield return Bad("expired beyond the clock skew", host => Bearer(Crafted(host, host.Logto.Issuer, EndpointUnderTest.Audience, "u1", DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddMinutes(-5))));
        yield return Bad("not valid yet", host => Bearer(Crafted(host, host.Logto.Issuer, EndpointUnderTest.Audience, "u1", DateTime.UtcNow.AddMinutes(10), DateTime.UtcNow.AddHours(1))));
        yield return Bad("signed by a key Logto never published", host => Bearer(CraftedTokens.Create(CraftedTokens.UnpublishedKey(Key(host).Key.KeyId), host.Logto.Issuer, EndpointUnderTest.Audience, "u1")));
        yield return Bad("a tampered payload", host => Bearer(Tamper(host.TokenFor("u1"))));
        yield return Bad("unsigned (alg none)", host => Bearer(Unsigned(host.Logto.Issuer)));
        yield return Bad("an ID token (typ JWT), not an access token", host => Bearer(Crafted(host, host.Logto.Issuer, EndpointUnderTest.Audience, "u1", tokenType: "JWT")));
        yield return Bad("no sub claim", host => Bearer(Crafted(host, host.Logto.Issuer, EndpointUnderTest.Audience, null)));
    }

    [TestCaseSource(nameof(BadAuthorizations))]
    public async Task Answers_401_with_the_seed_envelope(string authorizationCase)
    {
        var authorization = Authorizations[authorizationCase];
        await using var host = await EndpointUnderTest.StartAsync();
        host.Logto.Seed.User("u1");
        ThirdPartySeed.Application(host.Logto, "a");
        host.Logto.ClearRequests();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/applications");
        if (authorization(host) is { } header)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }

        var response = await host.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(401));
        Assert.That(body, Is.EqualTo(InvalidToken));
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Bearer"));
        Assert.That(host.ApiRequests, Is.Empty, "Logto's Management API is not asked anything for a bad token");
    }

    [Test]
    public void The_envelope_is_the_seed_401_example()
    {
        Assert.That(JToken.DeepEquals(JObject.Parse(InvalidToken), SeedContract.Example(401)), Is.True);
    }

    private static TestCaseData Bad(string name, Func<EndpointUnderTest, string?> authorization)
    {
        Authorizations[name] = authorization;
        return new TestCaseData(name).SetName("401 for " + name);
    }

    private static SigningCredentials Key(EndpointUnderTest host) => host.Logto.SigningCredentials;

    private static string Crafted(EndpointUnderTest host, string issuer, string? audience, string? subject, DateTime? notBefore = null, DateTime? expires = null, string tokenType = "at+jwt") =>
        CraftedTokens.Create(Key(host), issuer, audience, subject, notBefore, expires, tokenType);

    private static string Bearer(string token) => "Bearer " + token;

    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = JObject.Parse(System.Text.Encoding.UTF8.GetString(Base64UrlDecode(parts[1])));
        payload["sub"] = "admin";
        parts[1] = Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(payload.ToString(Newtonsoft.Json.Formatting.None)));
        return string.Join('.', parts);
    }

    private static string Unsigned(string issuer)
    {
        var header = Base64UrlEncode("""{"alg":"none","typ":"at+jwt"}"""u8.ToArray());
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var payload = Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes($$"""{"iss":"{{issuer}}","aud":"{{EndpointUnderTest.Audience}}","sub":"u1","exp":{{exp}}}"""));
        return header + "." + payload + ".";
    }

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - (padded.Length % 4)) % 4));
    }
}
