using Logto.Generated.AspNetCore.Tests.TestSupport;
using Logto.Generated.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Logto.Generated.AspNetCore.Tests.Endpoint;

/// <summary>The mapped endpoint is an ordinary ASP.NET Core endpoint: the application's own policies apply to it.</summary>
public class AuthorizationPolicyTests
{
    private const string Policy = "portal-members";

    [Test]
    public async Task A_custom_policy_added_with_RequireAuthorization_admits_only_the_tokens_it_accepts()
    {
        await using var host = await EndpointUnderTest.StartAsync(
            services: services => services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
                .AddAuthenticationSchemes(LogtoAccessTokenDefaults.AuthenticationScheme)
                .RequireClaim("portal_member", "true")),
            endpoint: endpoint => endpoint.RequireAuthorization(Policy));
        var user = host.Logto.Seed.User("u1");
        var application = ThirdPartySeed.Application(host.Logto, "a");
        var member = CraftedTokens.Create(host.Logto.SigningCredentials, host.Logto.Issuer, EndpointUnderTest.Audience, user, extraClaims: new Dictionary<string, object> { ["portal_member"] = "true" });

        var (admitted, body) = await host.GetAsync(member);
        var (refused, refusedBody) = await host.GetAsync(host.TokenFor(user));
        var (anonymous, anonymousBody) = await host.GetAsync(null);

        Assert.That((int)admitted.StatusCode, Is.EqualTo(200));
        Assert.That(body, Does.StartWith($$"""{"code":200,"message":"Applications retrieved successfully","data":[{"id":"{{application}}","""));
        Assert.That((int)refused.StatusCode, Is.EqualTo(403), "a valid token the policy refuses is forbidden, not unauthenticated");
        Assert.That(refusedBody, Is.Empty);
        Assert.That((int)anonymous.StatusCode, Is.EqualTo(401));
        Assert.That(anonymousBody, Is.EqualTo("""{"code":401,"message":"invalid token","data":{}}"""));
        Assert.That(host.Logto.Requests.Count(request => request.OperationId == FakeLogto.DiscoveryOperation), Is.EqualTo(1), "metadata from {endpoint}/oidc/.well-known/openid-configuration, once");
    }
}
