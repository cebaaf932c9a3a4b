using Logto.Generated.AspNetCore.Tests.TestSupport;
using Logto.Generated.Testing;
using Logto.Generated.Tests.TestSupport;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.AspNetCore.Tests.Endpoint;

/// <summary>500 answers: Logto failing, and input that cannot be used.</summary>
public class ErrorEnvelopeTests
{
    [Test]
    public async Task A_Logto_error_is_an_external_api_error_with_Logto_code_message_and_request_id()
    {
        await using var host = await EndpointUnderTest.StartAsync();
        var user = host.Logto.Seed.User("u1");
        host.Logto.InjectFault("ListUserRoles", FakeLogtoFault.Error(500, "internal_server_error", "Something broke."));

        var (response, body) = await host.GetAsync(host.TokenFor(user));

        Assert.That((int)response.StatusCode, Is.EqualTo(500));
        var requestId = (string?)JObject.Parse(body)["data"]!["details"]!["request_id"];
        Assert.That(requestId, Does.Match("^[0-9a-z]{16}$"), "the Logto-Core-Request-Id of the failed answer");
        Assert.That(body, Is.EqualTo(
            """{"code":500,"message":"Failed to fetch applications from Logto","data":{"type":"external_api_error","errors":[{"key":"logto","message":"internal_server_error","value":"500"}],"details":{"status":500,"code":"internal_server_error","message":"Something broke.","request_id":"REQUEST-ID"}}}"""
                .Replace("REQUEST-ID", requestId, StringComparison.Ordinal)));
        Assert.That(host.Logto.Requests.Single(request => request.OperationId == "ListUserRoles").Status, Is.EqualTo(500));
    }

    [Test]
    public async Task A_request_that_waits_past_the_first_load_bound_gets_the_loading_envelope_with_Retry_After()
    {
        await using var host = await EndpointUnderTest.StartAsync(options =>
        {
            options.CatalogRequestsPerSecond = 1;
            options.FirstLoadWait = TimeSpan.FromMilliseconds(300);
        });
        var user = host.Logto.Seed.User("u1");
        for (var i = 0; i < 3; i++)
        {
            ThirdPartySeed.Application(host.Logto, "app" + i);
        }

        var (response, body) = await host.GetAsync(host.TokenFor(user));

        Assert.That((int)response.StatusCode, Is.EqualTo(500));
        Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)));
        Assert.That(body, Is.EqualTo(
            """{"code":500,"message":"Failed to fetch applications from Logto","data":{"type":"external_api_error","errors":[{"key":"catalog","message":"loading","value":""}],"details":{"status":null,"code":null,"message":"The third-party applications catalog is still loading; try again in 1 s.","request_id":null}}}"""));
    }

    [Test]
    public async Task An_unknown_user_is_an_external_api_error_too()
    {
        await using var host = await EndpointUnderTest.StartAsync();

        var (response, body) = await host.GetAsync(host.TokenFor("deleted-user"));

        Assert.That((int)response.StatusCode, Is.EqualTo(500));
        var data = JObject.Parse(body)["data"]!;
        Assert.That((string?)data["type"], Is.EqualTo("external_api_error"));
        Assert.That((string?)data["details"]!["code"], Is.EqualTo("entity.not_found"));
        Assert.That((int?)data["details"]!["status"], Is.EqualTo(404));
    }

    [Test]
    public async Task A_refused_management_token_is_an_external_api_error_without_the_secret()
    {
        await using var host = await EndpointUnderTest.StartAsync();
        var user = host.Logto.Seed.User("u1");
        host.Logto.InjectFault(FakeLogto.TokenOperation, FakeLogtoFault.Error(401, "oidc.invalid_client", "client authentication failed"));

        var (response, body) = await host.GetAsync(host.TokenFor(user));

        Assert.That((int)response.StatusCode, Is.EqualTo(500));
        var data = JObject.Parse(body)["data"]!;
        Assert.That((string?)data["type"], Is.EqualTo("external_api_error"));
        Assert.That((string?)data["errors"]![0]!["key"], Is.EqualTo("logto_token"));
        Assert.That((int?)data["details"]!["status"], Is.EqualTo(401));
        Assert.That(body, Does.Not.Contain(EndpointUnderTest.ClientSecret).And.Not.Contain("m2m-app"));
    }

    [Test]
    public async Task Unreachable_signing_keys_are_an_external_api_error()
    {
        await using var host = await EndpointUnderTest.StartAsync();
        var user = host.Logto.Seed.User("u1");
        host.Logto.InjectFault(FakeLogto.JwksOperation, FakeLogtoFault.ServerError(503), int.MaxValue);

        var (response, body) = await host.GetAsync(host.TokenFor(user));

        Assert.That((int)response.StatusCode, Is.EqualTo(500));
        Assert.That(body, Is.EqualTo(
            """{"code":500,"message":"Failed to fetch applications from Logto","data":{"type":"external_api_error","errors":[{"key":"logto","message":"unavailable","value":""}],"details":{"status":null,"code":null,"message":"Logto could not be reached or gave an unusable answer.","request_id":null}}}"""));
    }

    [Test]
    public async Task An_unusable_user_id_is_a_validation_error_shaped_as_the_seed_500_example()
    {
        await using var host = await EndpointUnderTest.StartAsync();

        var (response, body) = await host.GetAsync(host.TokenFor(".."));

        Assert.That((int)response.StatusCode, Is.EqualTo(500));
        Assert.That(body, Is.EqualTo(
            """{"code":400,"message":"validation failed","data":{"type":"validation_error","errors":[{"key":"sub","message":"invalid","value":".."}],"details":null}}"""));
        Assert.That(host.ApiRequests, Is.Empty);
        var seed = SeedContract.Example(500);
        Assert.That(Names(JObject.Parse(body)), Is.EqualTo(Names(seed)));
        Assert.That(Names((JObject)JObject.Parse(body)["data"]!), Is.SupersetOf(Names((JObject)seed["data"]!)));
        Assert.That(Names((JObject)JObject.Parse(body)["data"]!["errors"]![0]!), Is.EqualTo(Names((JObject)seed["data"]!["errors"]![0]!)));
    }

    private static List<string> Names(JObject value) => value.Properties().Select(property => property.Name).ToList();
}
