using System.Text.Json.Nodes;
using Logto.Generated.AspNetCore.Tests.TestSupport;
using Logto.Generated.Testing;
using Logto.Generated.Tests.TestSupport;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.AspNetCore.Tests.Endpoint;

/// <summary>200 answers through Kestrel on loopback, with tokens checked against the fake Logto's JWKS.</summary>
public class SuccessEnvelopeTests
{
    [Test]
    public async Task The_seed_example_comes_back_exactly_as_the_seed_shows_it()
    {
        await using var host = await EndpointUnderTest.StartAsync(options =>
        {
            options.LoginEndpoint = new Uri("https://tree6d.logto.app");
            options.StateFactory = _ => "random-state-string";
        });
        var seed = SeedContract.ExampleApplication;
        var user = host.Logto.Seed.User("u1");
        var id = ThirdPartySeed.Application(
            host.Logto, (string)seed["name"]!, (string?)seed["description"], seed["redirect_uris"]!.ToObject<string[]>()!, seed["post_logout_redirect_uris"]!.ToObject<string[]>()!);
        host.Logto.Seed.Send("PUT", $"/api/applications/{id}/sign-in-experience", new JsonObject
        {
            ["displayName"] = (string?)seed["branding"]!["display_name"],
            ["branding"] = new JsonObject { ["logoUrl"] = (string?)seed["branding"]!["logo_url"], ["darkLogoUrl"] = (string?)seed["branding"]!["dark_logo_url"] },
        });
        host.Logto.Seed.Send("POST", $"/api/applications/{id}/user-consent-scopes", new JsonObject { ["userScopes"] = new JsonArray("profile", "email", "roles") });

        var (response, body) = await host.GetAsync(host.TokenFor(user));

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(response.Content.Headers.ContentType!.ToString(), Is.EqualTo("application/json; charset=utf-8"));
        var expected = SeedContract.Example(200);
        var item = expected["data"]![0]!;
        item["id"] = id;
        item["login_url"] = ((string)item["login_url"]!).Replace("client_id=app_123456789&", $"client_id={id}&", StringComparison.Ordinal);
        Assert.That(JToken.DeepEquals(JObject.Parse(body), expected), Is.True, $"expected {expected.ToString(Newtonsoft.Json.Formatting.None)}\nactual   {body}");
        Assert.That(body, Does.Contain($"/oidc/auth?client_id={id}&redirect_uri=https%3A%2F%2Fmanagement.company.com%2Fcallback&response_type=code&scope=openid+profile+email+roles&state=random-state-string"),
            "the URL is written as is, not with \\u0026 escapes");
    }

    [Test]
    public async Task Lists_only_what_the_token_user_may_access_with_nulls_written()
    {
        await using var host = await EndpointUnderTest.StartAsync();
        var user = host.Logto.Seed.User("u1");
        host.Logto.Seed.Role("r1", user);
        var a = ThirdPartySeed.Application(host.Logto, "a");
        var b = ThirdPartySeed.Application(host.Logto, "b");
        host.Logto.Seed.AccessControl(b, userRoleIds: [host.Logto.Seed.Role("r2")]);

        var (response, body) = await host.GetAsync(host.TokenFor(user));

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        var endpoint = host.Logto.Endpoint.AbsoluteUri;
        Assert.That(body, Is.EqualTo(
            $"{{\"code\":200,\"message\":\"Applications retrieved successfully\",\"data\":[{{\"id\":\"{a}\",\"name\":\"a.example.com\",\"description\":null,"
            + "\"redirect_uris\":[\"https://a.example.com/callback\"],\"post_logout_redirect_uris\":[\"https://a.example.com\"],"
            + $"\"login_url\":\"{endpoint}oidc/auth?client_id={a}&redirect_uri=https%3A%2F%2Fa.example.com%2Fcallback&response_type=code&scope=openid&state=state-{a}\","
            + "\"branding\":{\"display_name\":\"a.example.com\",\"logo_url\":null,\"dark_logo_url\":null}}]}"));
    }

    [Test]
    public async Task No_accessible_application_is_an_empty_data_array()
    {
        await using var host = await EndpointUnderTest.StartAsync();
        var user = host.Logto.Seed.User("u1");
        var locked = ThirdPartySeed.Application(host.Logto, "locked");
        host.Logto.Seed.AccessControl(locked, userIds: [host.Logto.Seed.User("u2")]);

        var (response, body) = await host.GetAsync(host.TokenFor(user));

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(body, Is.EqualTo("""{"code":200,"message":"Applications retrieved successfully","data":[]}"""));
    }

    [Test]
    public async Task The_management_token_is_fetched_once_and_N_applications_cost_a_bounded_number_of_calls()
    {
        await using var host = await EndpointUnderTest.StartAsync();
        var user = host.Logto.Seed.User("u1");
        var r1 = host.Logto.Seed.Role("r1", user);
        var r2 = host.Logto.Seed.Role("r2");
        for (var i = 0; i < 20; i++)
        {
            var application = ThirdPartySeed.Application(host.Logto, $"app{i:D2}");
            if (i % 2 == 0)
            {
                host.Logto.Seed.AccessControl(application, userRoleIds: [i % 4 == 0 ? r1 : r2]);
            }
        }

        host.Logto.ClearRequests();
        var (first, _) = await host.GetAsync(host.TokenFor(user));
        var (second, body) = await host.GetAsync(host.TokenFor(user));

        Assert.That((int)first.StatusCode, Is.EqualTo(200));
        Assert.That((int)second.StatusCode, Is.EqualTo(200));
        Assert.That(JObject.Parse(body)["data"]!.Count(), Is.EqualTo(15));
        // The first call: the catalog (1 list + 10 access-control reads + 2 reads for each of the 20 applications) and the
        // user (2); the second call: the user only.
        Assert.That(host.ApiRequests, Has.Count.EqualTo(1 + 10 + (2 * 20) + 2 + 2));
        Assert.That(host.Logto.Requests.Count(request => request.OperationId == FakeLogto.TokenOperation), Is.EqualTo(1));
        Assert.That(host.Logto.Requests.Count(request => request.OperationId == FakeLogto.JwksOperation), Is.EqualTo(1), "the signing keys are cached");
    }

    [Test]
    public async Task A_rotated_signing_key_is_picked_up_by_the_configuration_manager_and_made_up_key_ids_fetch_nothing_more()
    {
        await using var host = await EndpointUnderTest.StartAsync();
        var user = host.Logto.Seed.User("u1");
        var (before, _) = await host.GetAsync(host.TokenFor(user));
        var rotated = host.Logto.RotateSigningKey();
        var token = host.TokenFor(user);

        // The handler asks its configuration manager to refresh on an unknown key id; the refresh may land a moment later.
        var after = (await host.GetAsync(token)).Response;
        for (var attempt = 0; attempt < 500 && (int)after.StatusCode != 200; attempt++)
        {
            await Task.Delay(20);
            after = (await host.GetAsync(token)).Response;
        }

        var jwksAfterRotation = JwksRequests(host);
        var (madeUp, _) = await host.GetAsync(CraftedTokens.Create(CraftedTokens.UnpublishedKey("key-3"), host.Logto.Issuer, EndpointUnderTest.Audience, user));

        Assert.That(new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token).Kid, Is.EqualTo(rotated));
        Assert.That((int)before.StatusCode, Is.EqualTo(200));
        Assert.That((int)after.StatusCode, Is.EqualTo(200), "the new key id made the handler fetch the keys again");
        Assert.That(jwksAfterRotation, Is.EqualTo(2));
        Assert.That((int)madeUp.StatusCode, Is.EqualTo(401));
        Assert.That(JwksRequests(host), Is.EqualTo(2), "another unknown key id within the refresh interval fetches nothing");
    }

    private static int JwksRequests(EndpointUnderTest host) => host.Logto.Requests.Count(request => request.OperationId == FakeLogto.JwksOperation);
}
