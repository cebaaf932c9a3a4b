using System.Globalization;
using System.Net;
using Logto.Generated.Tests.TestSupport;
using RichardSzalay.MockHttp;
using static Logto.Generated.Tests.TestSupport.TestGuard;

namespace Logto.Generated.Tests.Http;

/// <summary>
/// Where the client's retry rules narrow the standard HttpRetryStrategyOptions: which transient statuses a GET retries,
/// and Retry-After dates read against the response's own Date.
/// </summary>
public class LogtoRetryRulesTests
{
    [TestCase(HttpStatusCode.InternalServerError)]
    [TestCase(HttpStatusCode.RequestTimeout)]
    [TestCase(HttpStatusCode.NotImplemented)]
    [TestCase(HttpStatusCode.NotFound)]
    public void A_GET_is_not_retried_on_a_status_the_rules_leave_out(HttpStatusCode status)
    {
        using var stub = new LogtoStub();
        var users = Route(stub, () => LogtoStub.Json(status, "{}"));
        var client = stub.CreateClient(configure: options => options.MaxRetryAttempts = 3);

        var exception = Assert.ThrowsAsync<LogtoApiException>(() => client.Users.GetUserAsync("u1").WaitAsync(Guard));

        Assert.That(exception!.Status, Is.EqualTo(status));
        Assert.That(users.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_Retry_After_date_is_measured_against_the_response_Date()
    {
        using var stub = new LogtoStub();
        var serverNow = stub.Time.GetUtcNow().AddHours(-1); // a server clock an hour behind the client's
        var users = Route(
            stub,
            () => LogtoStub.Json(HttpStatusCode.TooManyRequests, "{}", ("Date", Http(serverNow)), ("Retry-After", Http(serverNow.AddSeconds(3)))),
            () => LogtoStub.Json(HttpStatusCode.OK, Fixtures.RealLogto("get-user.json")));
        var client = stub.CreateClient();

        var call = client.Users.GetUserAsync("u1");
        await stub.Time.WaitForTimerAsync(TimeSpan.FromSeconds(3)).WaitAsync(Guard);
        stub.Time.Advance(TimeSpan.FromSeconds(3));
        await call.WaitAsync(Guard);

        Assert.That(users.Requests[1].At - users.Requests[0].At, Is.EqualTo(TimeSpan.FromSeconds(3)));
    }

    private static ResponseQueue Route(LogtoStub stub, params Func<HttpResponseMessage>[] responses)
    {
        var users = new ResponseQueue(stub.Time, responses);
        stub.Handler.When(HttpMethod.Get, LogtoStub.ApiUrl + "users/u1").Respond(users.RespondAsync);
        return users;
    }

    private static string Http(DateTimeOffset time) => time.ToString("r", CultureInfo.InvariantCulture);
}
