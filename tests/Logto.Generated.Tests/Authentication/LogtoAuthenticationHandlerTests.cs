using System.Net;
using Logto.Generated.Tests.TestSupport;
using static Logto.Generated.Tests.TestSupport.TestGuard;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Authentication;

public class LogtoAuthenticationHandlerTests
{
    [Test]
    public async Task Adds_the_bearer_token_and_reuses_it()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var users = new ResponseQueue(stub.Time, () => MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("get-user.json")));
        stub.Handler.When(HttpMethod.Get, MockLogto.ApiUrl + "users/u1").Respond(users.RespondAsync);
        var client = stub.CreateClient();

        await client.Users.GetUserAsync("u1");
        await client.Users.GetUserAsync("u1");

        Assert.That(users.Requests.Select(request => request.Authorization), Is.EqualTo(new[] { "Bearer access-token-1", "Bearer access-token-1" }));
        Assert.That(stub.TokenRequests, Has.Count.EqualTo(1));
        Assert.That(stub.TokenRequests.Single().Authorization, Does.StartWith("Basic "), "token requests do not pass through the bearer handler");
    }

    [Test]
    public async Task Hundred_concurrent_first_calls_make_exactly_one_token_request()
    {
        using var stub = new MockLogto(tokenEndpoint: true) { TokenGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        var users = new ResponseQueue(stub.Time, () => MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("get-user.json")));
        stub.Handler.When(HttpMethod.Get, MockLogto.ApiUrl + "users/u1").Respond(users.RespondAsync);
        var client = stub.CreateClient();

        var calls = Enumerable.Range(0, 100).Select(_ => client.Users.GetUserAsync("u1")).ToList();
        await stub.TokenRequested.Task.WaitAsync(Guard);
        stub.TokenGate.SetResult();
        await Task.WhenAll(calls).WaitAsync(Guard);

        Assert.That(stub.TokenRequests, Has.Count.EqualTo(1));
        Assert.That(users.Requests, Has.Count.EqualTo(100));
        Assert.That(users.Requests.Select(request => request.Authorization).Distinct(), Is.EqualTo(new[] { "Bearer access-token-1" }));
    }

    [Test]
    public async Task A_401_renews_the_token_once_and_retries_once_with_the_same_body()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var created = new ResponseQueue(
            stub.Time,
            () => MockLogto.Json(HttpStatusCode.Unauthorized, "{\"code\":\"auth.unauthorized\",\"message\":\"Unauthorized.\"}"),
            () => MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("get-application.json")));
        stub.Handler.When(HttpMethod.Post, MockLogto.ApiUrl + "applications").Respond(created.RespondAsync);
        var client = stub.CreateClient();

        var application = await client.Applications.CreateApplicationAsync(new CreateApplicationRequest { Name = "app", Type = ApplicationType.SPA });

        Assert.That(application.Id, Is.Not.Empty);
        Assert.That(stub.TokenRequests, Has.Count.EqualTo(2));
        Assert.That(created.Requests.Select(request => request.Authorization), Is.EqualTo(new[] { "Bearer access-token-1", "Bearer access-token-2" }));
        Assert.That(created.Requests[1].Body, Is.EqualTo(created.Requests[0].Body));
        Assert.That(created.Requests[0].Body, Does.Contain("\"name\":\"app\"").And.Contain("\"type\":\"SPA\""));
    }

    [Test]
    public async Task A_second_401_surfaces_as_LogtoApiException_without_a_third_attempt()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var users = new ResponseQueue(
            stub.Time,
            () => MockLogto.Json(HttpStatusCode.Unauthorized, "{\"code\":\"auth.unauthorized\",\"message\":\"Unauthorized.\"}", (LogtoApiException.RequestIdHeader, "r-401")));
        stub.Handler.When(HttpMethod.Get, MockLogto.ApiUrl + "users/u1").Respond(users.RespondAsync);
        var client = stub.CreateClient();

        var exception = Assert.ThrowsAsync<LogtoApiException>(() => client.Users.GetUserAsync("u1"));

        Assert.That(exception!.IsUnauthorized, Is.True);
        Assert.That(exception.Code, Is.EqualTo("auth.unauthorized"));
        Assert.That(exception.RequestId, Is.EqualTo("r-401"));
        Assert.That(users.Requests, Has.Count.EqualTo(2));
        Assert.That(stub.TokenRequests, Has.Count.EqualTo(2));
        Assert.That(exception.ToString(), Does.Not.Contain("access-token-"));
        await Task.CompletedTask;
    }

    [Test]
    public async Task A_caller_supplied_token_source_replaces_the_client_credentials_flow()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var users = new ResponseQueue(stub.Time, () => MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("get-user.json")));
        stub.Handler.When(HttpMethod.Get, MockLogto.ApiUrl + "users/u1").Respond(users.RespondAsync);
        var calls = 0;
        var client = stub.CreateClient(configure: options =>
        {
            options.ClientId = null;
            options.ClientSecret = null;
            options.TokenSource = LogtoTokenSource.FromDelegate(_ => ValueTask.FromResult($"own-token-{Interlocked.Increment(ref calls)}"));
        });

        await client.Users.GetUserAsync("u1");

        Assert.That(users.Requests.Single().Authorization, Is.EqualTo("Bearer own-token-1"));
        Assert.That(stub.TokenRequests, Is.Empty);
    }
}
