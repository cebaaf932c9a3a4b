using System.Net;
using System.Text;
using Logto.Generated.Tests.TestSupport;
using RichardSzalay.MockHttp;
using static Logto.Generated.Tests.TestSupport.TestGuard;

namespace Logto.Generated.Tests.Faults;

/// <summary>
/// The token endpoint misbehaving: slow while many callers wait on the single flight, a body that stalls, a 500,
/// a body that is not a token, a token without a lifetime, and the cached token expiring under load.
/// </summary>
public class TokenEndpointFaultTests : FaultTest
{
    private const string UserUrl = MockLogto.ApiUrl + "users/u1";

    [Test]
    public async Task A_slow_token_response_is_shared_by_every_waiting_caller()
    {
        var users = RouteUser();
        Stub.TokenGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var client = CreateClient();

        var calls = Enumerable.Range(0, 50).Select(_ => client.Users.GetUserAsync("u1")).ToList();
        await Stub.TokenRequested.Task.WaitAsync(Guard);
        Stub.Time.Advance(TimeSpan.FromSeconds(20));
        Stub.TokenGate.SetResult();
        await Task.WhenAll(calls).WaitAsync(Guard);

        Assert.That(Stub.TokenRequests, Has.Count.EqualTo(1));
        Assert.That(users.Requests, Has.Count.EqualTo(50));
        Assert.That(users.Requests.Select(request => request.Authorization).Distinct(), Is.EqualTo(new[] { "Bearer " + MockLogto.Token(1) }));
    }

    [Test]
    public async Task A_token_body_that_stalls_times_out_every_waiting_caller_and_the_next_call_fetches_anew()
    {
        var users = RouteUser();
        var stalling = new PartialBodyContent("{\"access_token\":\"acc", declaredLength: 200);
        Stub.TokenFailure = number => number == 1 ? new HttpResponseMessage(HttpStatusCode.OK) { Content = stalling } : null!;
        var client = CreateClient(options =>
        {
            options.AttemptTimeout = TimeSpan.FromSeconds(5);
            options.TotalTimeout = TimeSpan.FromSeconds(10);
        });

        var calls = Enumerable.Range(0, 20).Select(_ => client.Users.GetUserAsync("u1")).ToList();
        await stalling.Stalled.Task.WaitAsync(Guard);
        Stub.Time.Advance(TimeSpan.FromSeconds(5));

        // A caller sees whichever comes first: its own attempt timing out, or the shared token request timing out.
        foreach (var call in calls)
        {
            var exception = FailsWith<Exception>(() => call);
            var timeout = exception as LogtoTimeoutException ?? (exception as LogtoAuthenticationException)?.InnerException as LogtoTimeoutException;
            Assert.That(timeout?.Kind, Is.EqualTo(LogtoTimeoutKind.Attempt), exception.ToString());
            Assert.That(timeout!.Message, Does.StartWith(exception is LogtoTimeoutException ? "Logto HTTP GET /api/users/u1 timed out" : "Logto HTTP POST /oidc/token timed out"));
        }

        Assert.That(Stub.TokenRequests, Has.Count.EqualTo(1));
        var user = await NextCallAfterTheFailedFetchAsync(client);
        Assert.That(user.Id, Is.EqualTo("k6qydeg7t6ep"));
        Assert.That(Stub.TokenRequests, Has.Count.EqualTo(2), "the stalled fetch ended and was not cached");
        Assert.That(users.Requests.Single().Authorization, Is.EqualTo("Bearer " + MockLogto.Token(1)));
    }

    [Test]
    public async Task A_500_from_the_token_endpoint_is_a_LogtoAuthenticationException_and_is_not_cached()
    {
        RouteUser();
        Stub.TokenFailure = number => number == 1
            ? MockLogto.Json(HttpStatusCode.InternalServerError, $"{{\"error\":\"server_error\",\"error_description\":\"failed to verify {MockLogto.ClientSecret}\"}}", ("Logto-Core-Request-Id", "req-500"))
            : null!;
        var client = CreateClient(options => options.MaxRetryAttempts = 3);

        var exception = FailsWith<LogtoAuthenticationException>(() => client.Users.GetUserAsync("u1"));

        Assert.That(exception.StatusCode, Is.EqualTo(500));
        Assert.That(exception.Error, Is.EqualTo("server_error"));
        Assert.That(exception.ErrorDescription, Is.EqualTo("failed to verify [redacted]"));
        Assert.That(exception.RequestId, Is.EqualTo("req-500"));
        Assert.That(exception.Message, Is.EqualTo(
            "Logto's token endpoint https://tenant.logto.app/oidc/token refused to issue an access token (HTTP 500, server_error: failed to verify [redacted]); request id req-500."));
        Assert.That(Stub.TokenRequests, Has.Count.EqualTo(1), "500 is not retried");

        await client.Users.GetUserAsync("u1").WaitAsync(Guard);
        Assert.That(Stub.TokenRequests, Has.Count.EqualTo(2), "the failure was not cached");
    }

    [TestCase("<html><body>Bad gateway</body></html>", "text/html")]
    [TestCase("{\"access_token\":\"access-token-9\",\"expires_in\":36", "application/json")]
    [TestCase("{\"access_token\":", "application/json")]
    [TestCase("[]", "application/json")]
    [TestCase("", "application/json")]
    public void A_token_response_that_is_not_a_token_is_a_LogtoAuthenticationException(string body, string mediaType)
    {
        RouteUser();
        Stub.TokenFailure = _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, mediaType) };

        var exception = FailsWith<LogtoAuthenticationException>(() => CreateClient().Users.GetUserAsync("u1"));

        Assert.That(exception.StatusCode, Is.EqualTo(200));
        Assert.That(exception.ResponseBody, Is.Null, "a broken token body may hold a token: it is not kept");
        Assert.That(exception.Message, Is.EqualTo(
            "Logto's token endpoint https://tenant.logto.app/oidc/token answered HTTP 200 without a usable access token: the body has no access_token."));
    }

    [Test]
    public async Task A_token_without_expires_in_is_used_but_not_cached()
    {
        var users = RouteUser();
        Stub.TokenFailure = number => MockLogto.Json(HttpStatusCode.OK, $"{{\"access_token\":\"{MockLogto.Token(number)}\",\"token_type\":\"Bearer\"}}");
        var client = CreateClient();

        await client.Users.GetUserAsync("u1").WaitAsync(Guard);
        await client.Users.GetUserAsync("u1").WaitAsync(Guard);

        Assert.That(Stub.TokenRequests, Has.Count.EqualTo(2));
        Assert.That(users.Requests.Select(request => request.Authorization), Is.EqualTo(new[] { "Bearer " + MockLogto.Token(1), "Bearer " + MockLogto.Token(2) }));
    }

    [Test]
    public async Task When_the_token_expires_under_load_one_renewal_serves_every_caller()
    {
        var users = RouteUser();
        var client = CreateClient();
        await client.Users.GetUserAsync("u1").WaitAsync(Guard);
        Stub.Time.Advance(TimeSpan.FromSeconds(3600 - 60));
        Stub.TokenGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var calls = Enumerable.Range(0, 50).Select(_ => client.Users.GetUserAsync("u1")).ToList();
        Stub.TokenGate.SetResult();
        await Task.WhenAll(calls).WaitAsync(Guard);

        Assert.That(Stub.TokenRequests, Has.Count.EqualTo(2));
        Assert.That(users.Requests.Skip(1).Select(request => request.Authorization).Distinct(), Is.EqualTo(new[] { "Bearer " + MockLogto.Token(2) }));
    }

    /// <summary>
    /// Calls again once the failed fetch has unwound: a caller can see its own timeout before the shared fetch has
    /// finished failing, and a call made in between still joins that fetch and shares its failure.
    /// </summary>
    private static async Task<User> NextCallAfterTheFailedFetchAsync(LogtoManagementClient client)
    {
        var deadline = DateTime.UtcNow + Guard;
        while (true)
        {
            try
            {
                return await client.Users.GetUserAsync("u1").WaitAsync(Guard);
            }
            catch (LogtoAuthenticationException exception) when (exception.InnerException is LogtoTimeoutException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }
        }
    }

    private ResponseQueue RouteUser()
    {
        var users = new ResponseQueue(Stub.Time, () => MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("get-user.json")));
        Stub.Handler.When(HttpMethod.Get, UserUrl).Respond(users.RespondAsync);
        return users;
    }
}
