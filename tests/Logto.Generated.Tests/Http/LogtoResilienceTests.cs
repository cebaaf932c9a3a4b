using System.Globalization;
using System.Net;
using Logto.Generated.Tests.TestSupport;
using static Logto.Generated.Tests.TestSupport.TestGuard;
using RichardSzalay.MockHttp;
using Polly.Timeout;

namespace Logto.Generated.Tests.Http;

public class LogtoResilienceTests
{
    [Test]
    public async Task A_429_with_Retry_After_2_waits_two_seconds_of_the_clock_before_retrying()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var users = RouteUsers(stub, () => TooManyRequests("2"), Ok);
        var client = stub.CreateClient();

        var call = client.Users.GetUserAsync("u1");
        await stub.Time.WaitForTimerAsync(TimeSpan.FromSeconds(2)).WaitAsync(Guard);
        stub.Time.Advance(TimeSpan.FromSeconds(2) - TimeSpan.FromTicks(1));
        Assert.That(users.Requests, Has.Count.EqualTo(1), "no retry before two seconds have passed");
        stub.Time.Advance(TimeSpan.FromTicks(1));
        var user = await call.WaitAsync(Guard);

        Assert.That(user.Id, Is.Not.Empty);
        Assert.That(users.Requests, Has.Count.EqualTo(2));
        Assert.That(users.Requests[1].At - users.Requests[0].At, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public async Task Retry_After_as_an_HTTP_date_is_honoured()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var date = stub.Time.GetUtcNow().AddSeconds(5).ToString("r", CultureInfo.InvariantCulture);
        var users = RouteUsers(stub, () => Unavailable(date), Ok);
        var client = stub.CreateClient();

        var call = client.Users.GetUserAsync("u1");
        await stub.Time.WaitForTimerAsync(TimeSpan.FromSeconds(5)).WaitAsync(Guard);
        stub.Time.Advance(TimeSpan.FromSeconds(5));
        await call.WaitAsync(Guard);

        Assert.That(users.Requests[1].At - users.Requests[0].At, Is.EqualTo(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public async Task A_Retry_After_date_is_measured_against_the_response_Date()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var serverNow = stub.Time.GetUtcNow().AddHours(-1); // a server clock an hour behind the client's
        var users = RouteUsers(
            stub,
            () => MockLogto.Json(HttpStatusCode.TooManyRequests, "{}", ("Date", serverNow.ToString("r", CultureInfo.InvariantCulture)), ("Retry-After", serverNow.AddSeconds(3).ToString("r", CultureInfo.InvariantCulture))),
            Ok);
        var client = stub.CreateClient();

        var call = client.Users.GetUserAsync("u1");
        await stub.Time.WaitForTimerAsync(TimeSpan.FromSeconds(3)).WaitAsync(Guard);
        stub.Time.Advance(TimeSpan.FromSeconds(3));
        await call.WaitAsync(Guard);

        Assert.That(users.Requests[1].At - users.Requests[0].At, Is.EqualTo(TimeSpan.FromSeconds(3)));
    }

    [TestCase(HttpStatusCode.InternalServerError)]
    [TestCase(HttpStatusCode.RequestTimeout)]
    [TestCase(HttpStatusCode.NotImplemented)]
    [TestCase(HttpStatusCode.NotFound)]
    public void A_GET_is_not_retried_on_a_status_outside_429_502_503_504(HttpStatusCode status)
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var users = RouteUsers(stub, () => MockLogto.Json(status, "{}"));
        var client = stub.CreateClient(configure: options => options.MaxRetryAttempts = 3);

        var exception = Assert.ThrowsAsync<LogtoApiException>(() => client.Users.GetUserAsync("u1").WaitAsync(Guard));

        Assert.That(exception!.StatusCode, Is.EqualTo((int)status));
        Assert.That(users.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void A_POST_is_not_retried_on_503()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var created = new ResponseQueue(stub.Time, () => MockLogto.Json(HttpStatusCode.ServiceUnavailable, "{}"), Ok);
        stub.Handler.When(HttpMethod.Post, MockLogto.ApiUrl + "applications").Respond(created.RespondAsync);
        var client = stub.CreateClient();

        var exception = Assert.ThrowsAsync<LogtoApiException>(
            () => client.Applications.CreateApplicationAsync(new CreateApplicationRequest { Name = "a", Type = ApplicationType.SPA }).WaitAsync(Guard));

        Assert.That(exception!.StatusCode, Is.EqualTo(503));
        Assert.That(exception.IsServerError, Is.True);
        Assert.That(created.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_POST_is_retried_on_429()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var created = new ResponseQueue(
            stub.Time, () => TooManyRequests("1"), () => MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("get-application.json")));
        stub.Handler.When(HttpMethod.Post, MockLogto.ApiUrl + "applications").Respond(created.RespondAsync);
        var client = stub.CreateClient();

        var call = client.Applications.CreateApplicationAsync(new CreateApplicationRequest { Name = "a", Type = ApplicationType.SPA });
        await stub.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1)).WaitAsync(Guard);
        stub.Time.Advance(TimeSpan.FromSeconds(1));
        await call.WaitAsync(Guard);

        Assert.That(created.Requests, Has.Count.EqualTo(2));
        Assert.That(created.Requests[1].Body, Is.EqualTo(created.Requests[0].Body));
    }

    [Test]
    public async Task A_GET_is_retried_on_502_503_504_with_capped_exponential_backoff_then_gives_up()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var users = RouteUsers(
            stub,
            () => MockLogto.Json(HttpStatusCode.BadGateway, "{}"),
            () => MockLogto.Json(HttpStatusCode.ServiceUnavailable, "{}"),
            () => MockLogto.Json(HttpStatusCode.GatewayTimeout, "{}"));
        var client = stub.CreateClient(configure: options =>
        {
            options.MaxRetryAttempts = 2;
            options.RetryBaseDelay = TimeSpan.FromSeconds(1);
            options.MaxRetryDelay = TimeSpan.FromSeconds(3);
        });

        var call = client.Users.GetUserAsync("u1");
        for (var retry = 0; retry < 2; retry++)
        {
            var backoff = await stub.Time.WaitForTimerAsync(delay => delay <= TimeSpan.FromSeconds(3)).WaitAsync(Guard);
            stub.Time.Advance(backoff);
        }

        var exception = Assert.ThrowsAsync<LogtoApiException>(() => call.WaitAsync(Guard));
        Assert.That(exception!.StatusCode, Is.EqualTo(504));
        Assert.That(users.Requests, Has.Count.EqualTo(3));
        var waits = users.Requests.Zip(users.Requests.Skip(1), (before, after) => after.At - before.At).ToList();
        Assert.That(waits, Has.All.GreaterThan(TimeSpan.Zero).And.All.LessThanOrEqualTo(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public void A_Retry_After_beyond_the_longest_delay_is_not_waited_for()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var users = RouteUsers(stub, () => TooManyRequests("120"));
        var client = stub.CreateClient(configure: options => options.MaxRetryDelay = TimeSpan.FromSeconds(30));

        var exception = Assert.ThrowsAsync<LogtoApiException>(() => client.Users.GetUserAsync("u1").WaitAsync(Guard));

        Assert.That(exception!.IsTooManyRequests, Is.True);
        Assert.That(exception.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(120)));
        Assert.That(users.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_transport_error_on_a_GET_is_retried()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var attempts = 0;
        stub.Handler.When(HttpMethod.Get, MockLogto.ApiUrl + "users/u1").Respond(_ =>
            Interlocked.Increment(ref attempts) == 1 ? throw new HttpRequestException("connection reset") : Ok());
        var client = await WarmClientAsync(stub, configure: options => options.MaxRetryDelay = options.RetryBaseDelay = TimeSpan.FromSeconds(1));

        var call = client.Users.GetUserAsync("u1");
        stub.Time.Advance(await stub.Time.WaitForTimerAsync(delay => delay <= TimeSpan.FromSeconds(1)).WaitAsync(Guard));
        await call.WaitAsync(Guard);

        Assert.That(attempts, Is.EqualTo(2));
    }

    [Test]
    public async Task A_slow_attempt_times_out_and_is_retried()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        stub.Handler.When(HttpMethod.Get, MockLogto.ApiUrl + "users/u1").Respond(_ => Ok());
        var hanging = new HangingHandler(stub.Handler, "/api/users/u1", hangingAttempts: 1);
        var client = await WarmClientAsync(stub, hanging, options =>
        {
            options.AttemptTimeout = TimeSpan.FromSeconds(7);
            options.MaxRetryDelay = options.RetryBaseDelay = TimeSpan.FromSeconds(1);
        });

        var call = client.Users.GetUserAsync("u1");
        await stub.Time.WaitForTimerAsync(TimeSpan.FromSeconds(7)).WaitAsync(Guard);
        stub.Time.Advance(TimeSpan.FromSeconds(7));
        stub.Time.Advance(await stub.Time.WaitForTimerAsync(delay => delay <= TimeSpan.FromSeconds(1)).WaitAsync(Guard));
        await call.WaitAsync(Guard);

        Assert.That(hanging.Attempts, Is.EqualTo(2));
    }

    [Test]
    public async Task The_total_timeout_ends_the_call()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var hanging = new HangingHandler(stub.Handler, "/api/users/u1", hangingAttempts: int.MaxValue);
        var client = await WarmClientAsync(stub, hanging, options =>
        {
            options.AttemptTimeout = TimeSpan.FromSeconds(20);
            options.TotalTimeout = TimeSpan.FromSeconds(25);
        });

        var call = client.Users.GetUserAsync("u1");
        await stub.Time.WaitForTimerAsync(TimeSpan.FromSeconds(20)).WaitAsync(Guard);
        stub.Time.Advance(TimeSpan.FromSeconds(25));

        var exception = Assert.ThrowsAsync<LogtoTimeoutException>(() => call.WaitAsync(Guard));
        Assert.That(exception!.Kind, Is.EqualTo(LogtoTimeoutKind.Total));
        Assert.That(exception.Timeout, Is.EqualTo(TimeSpan.FromSeconds(25)));
        Assert.That(exception.Message, Does.Contain("LogtoManagementOptions.TotalTimeout (00:00:25)").And.Contain("GET /api/users/u1"));
        Assert.That(exception.InnerException, Is.InstanceOf<TimeoutRejectedException>());
        Assert.That(hanging.Attempts, Is.LessThanOrEqualTo(2));
    }

    [Test]
    public void Token_requests_are_retried_on_503_even_though_they_are_POSTs()
    {
        using var stub = new MockLogto(tokenEndpoint: true) { TokenFailure = number => number == 1 ? MockLogto.Json(HttpStatusCode.ServiceUnavailable, "{}", ("Retry-After", "0")) : null! };
        RouteUsers(stub, Ok);
        var client = stub.CreateClient();

        Assert.DoesNotThrowAsync(() => client.Users.GetUserAsync("u1").WaitAsync(Guard));
        Assert.That(stub.TokenRequests, Has.Count.EqualTo(2));
    }

    private static ResponseQueue RouteUsers(MockLogto stub, params Func<HttpResponseMessage>[] responses)
    {
        var users = new ResponseQueue(stub.Time, responses);
        stub.Handler.When(HttpMethod.Get, MockLogto.ApiUrl + "users/u1").Respond(users.RespondAsync);
        return users;
    }

    /// <summary>Caches a token first, so that the token request's own timers cannot be mistaken for the call's.</summary>
    private static async Task<LogtoManagementClient> WarmClientAsync(
        MockLogto stub, HttpMessageHandler? primaryHandler = null, Action<LogtoManagementOptions>? configure = null)
    {
        stub.Handler.When(HttpMethod.Get, MockLogto.ApiUrl + "users/warm-up").Respond(_ => Ok());
        var client = LogtoManagementClient.Create(stub.Options(configure), primaryHandler ?? stub.Handler);
        await client.Users.GetUserAsync("warm-up").WaitAsync(Guard);
        return client;
    }

    private static HttpResponseMessage Ok() => MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("get-user.json"));

    private static HttpResponseMessage TooManyRequests(string retryAfter) =>
        MockLogto.Json(HttpStatusCode.TooManyRequests, "{\"code\":\"request.rate_limited\",\"message\":\"Too many requests.\"}", ("Retry-After", retryAfter));

    private static HttpResponseMessage Unavailable(string retryAfter) =>
        MockLogto.Json(HttpStatusCode.ServiceUnavailable, "{}", ("Retry-After", retryAfter));

    /// <summary>Lets the first attempts at a path hang until they are cancelled, as a server that never answers.</summary>
    private sealed class HangingHandler(HttpMessageHandler inner, string path, int hangingAttempts) : DelegatingHandler(inner)
    {
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath == path && Interlocked.Increment(ref _attempts) <= hangingAttempts)
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
