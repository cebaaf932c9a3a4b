using System.Net;
using Logto.Generated.Tests.TestSupport;
using static Logto.Generated.Tests.TestSupport.TestGuard;
using RichardSzalay.MockHttp;
using Microsoft.Extensions.Logging;

namespace Logto.Generated.Tests.Http;

public class LogtoLoggingTests
{
    [Test]
    public async Task Requests_are_logged_at_Debug_with_method_path_status_and_duration()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var logs = new CapturingLoggerProvider();
        stub.Handler.When(HttpMethod.Get, MockLogto.ApiUrl + "users/u1").Respond(_ => MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("get-user.json")));
        var client = stub.CreateClient(logs.CreateFactory());

        await client.Users.GetUserAsync("u1");

        var lines = logs.Logs.Where(log => log.Category == "Logto.Generated.Http").ToList();
        Assert.That(lines.Select(log => log.Level), Has.All.EqualTo(LogLevel.Debug));
        Assert.That(lines.Select(log => log.Message), Is.EqualTo(new[]
        {
            "Logto HTTP POST /oidc/token answered 200 in 0 ms",
            "Logto HTTP GET /api/users/u1 answered 200 in 0 ms",
        }));
    }

    [Test]
    public async Task Retries_and_token_renewals_are_logged_at_Information_without_secrets_or_tokens()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var logs = new CapturingLoggerProvider();
        var users = new ResponseQueue(
            stub.Time,
            () => MockLogto.Json(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "1")),
            () => MockLogto.Json(HttpStatusCode.Unauthorized, "{}"),
            () => MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("get-user.json")));
        stub.Handler.When(HttpMethod.Get, MockLogto.ApiUrl + "users/u1").Respond(users.RespondAsync);
        var client = stub.CreateClient(logs.CreateFactory());

        var call = client.Users.GetUserAsync("u1", cancellationToken: CancellationToken.None);
        await stub.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1)).WaitAsync(Guard);
        stub.Time.Advance(TimeSpan.FromSeconds(1));
        await call.WaitAsync(Guard);

        var information = logs.Logs.Where(log => log.Level == LogLevel.Information).Select(log => log.Message).ToList();
        Assert.That(information, Does.Contain("Retrying Logto HTTP GET /api/users/u1 in 1000 ms (retry 1 of 3) after HTTP 429"));
        Assert.That(information, Does.Contain("Logto HTTP GET /api/users/u1 answered 401: renewing the access token and retrying once"));
        Assert.That(information.Count(line => line.StartsWith("Requesting a Logto access token for client m2m-client-id", StringComparison.Ordinal)), Is.EqualTo(2));
        AssertNoSecrets(logs);
    }

    [Test]
    public void A_failed_token_request_logs_no_secret()
    {
        using var stub = new MockLogto(tokenEndpoint: true)
        {
            TokenFailure = _ => MockLogto.Json(HttpStatusCode.BadRequest, Fixtures.RealLogto("error-token-invalid-client.json")),
        };
        var logs = new CapturingLoggerProvider();
        var client = stub.CreateClient(logs.CreateFactory(), options => options.ClientAuthentication = LogtoClientAuthenticationMethod.ClientSecretPost);

        Assert.ThrowsAsync<LogtoAuthenticationException>(() => client.Users.GetUserAsync("u1").WaitAsync(Guard));

        Assert.That(logs.Logs, Is.Not.Empty);
        AssertNoSecrets(logs);
    }

    internal static void AssertNoSecrets(CapturingLoggerProvider logs)
    {
        var text = logs.AllText();
        Assert.That(text, Does.Not.Contain(MockLogto.ClientSecret));
        Assert.That(text, Does.Not.Contain("access-token-"));
        Assert.That(text, Does.Not.Contain(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(MockLogto.ClientId + ":"))[..8]));
    }
}
