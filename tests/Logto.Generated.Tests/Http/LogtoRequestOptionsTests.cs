using System.Diagnostics;
using System.Net;
using Logto.Generated.Tests.TestSupport;
using RichardSzalay.MockHttp;
using static Logto.Generated.Tests.TestSupport.TestGuard;

namespace Logto.Generated.Tests.Http;

/// <summary>Per-call settings (<see cref="LogtoRequestOptions"/>) on the wire: a call's timeout, retries and extra headers win for that call only.</summary>
public class LogtoRequestOptionsTests
{
    private const string UserPath = "/api/users/u1";
    private static readonly string UserBody = Fixtures.RealLogto("get-user.json");

    [Test]
    public async Task A_one_second_timeout_against_a_slow_server_ends_in_a_LogtoTimeoutException_and_the_next_call_keeps_the_default()
    {
        await using var server = new RawHttpServer();
        var attempts = 0;
        server.On("GET", UserPath, async connection =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                await connection.HoldAsync();
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(1.5), connection.Stopping);
            await connection.WriteAsync(RawHttpServer.Head(200, "OK", UserBody.Length) + UserBody);
        });
        using var client = LogtoManagementClient.Create(new LogtoManagementOptions
        {
            Endpoint = server.Endpoint,
            Resource = LogtoManagementOptions.SelfHostedResource,
            TokenSource = LogtoTokenSource.FromDelegate(_ => ValueTask.FromResult("token")),
            MaxRetryAttempts = 0,
            AttemptTimeout = TimeSpan.FromSeconds(30),
        });

        var watch = Stopwatch.StartNew();
        var exception = Assert.ThrowsAsync<LogtoTimeoutException>(() => client.Users.GetUserAsync("u1", new GetUserOptions { Timeout = TimeSpan.FromSeconds(1) }).WaitAsync(Guard));
        watch.Stop();
        var user = await client.Users.GetUserAsync("u1").WaitAsync(Guard);

        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        Assert.That(exception!.Kind, Is.EqualTo(LogtoTimeoutKind.Attempt));
        Assert.That(exception.Timeout, Is.EqualTo(TimeSpan.FromSeconds(1)));
        Assert.That(exception.Message, Does.Contain("LogtoRequestOptions.Timeout (00:00:01)"));
        Assert.That(user.Id, Is.EqualTo("k6qydeg7t6ep"), "the next call, 1.5 s slow, keeps the client's 30 s");
    }

    [Test]
    public void MaxRetries_0_sends_a_503_once_while_the_client_retries_other_calls()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var users = new ResponseQueue(stub.Time, () => MockLogto.Json(HttpStatusCode.ServiceUnavailable, "{}"));
        stub.Handler.When(HttpMethod.Get, MockLogto.ApiUrl + "users/u1").Respond(users.RespondAsync);
        var client = stub.CreateClient(configure: options => { options.MaxRetryAttempts = 2; options.RetryBaseDelay = TimeSpan.Zero; });

        var once = Assert.ThrowsAsync<LogtoApiException>(() => client.Users.GetUserAsync("u1", new GetUserOptions { MaxRetries = 0 }).WaitAsync(Guard));
        var requestsOfOne = users.Requests.Count;
        Assert.ThrowsAsync<LogtoApiException>(() => client.Users.GetUserAsync("u1").WaitAsync(Guard));

        Assert.That(once!.StatusCode, Is.EqualTo(503));
        Assert.That(requestsOfOne, Is.EqualTo(1));
        Assert.That(users.Requests.Count - requestsOfOne, Is.EqualTo(3), "the client's own 2 retries");
    }

    [Test]
    public async Task MaxRetries_retries_a_call_on_a_client_that_does_not()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var users = new ResponseQueue(stub.Time, () => MockLogto.Json(HttpStatusCode.ServiceUnavailable, "{}"), () => MockLogto.Json(HttpStatusCode.OK, UserBody));
        stub.Handler.When(HttpMethod.Get, MockLogto.ApiUrl + "users/u1").Respond(users.RespondAsync);
        var client = stub.CreateClient(configure: options => { options.MaxRetryAttempts = 0; options.RetryBaseDelay = TimeSpan.Zero; });

        var user = await client.Users.GetUserAsync("u1", new GetUserOptions { MaxRetries = 1 }).WaitAsync(Guard);

        Assert.That(user.Id, Is.EqualTo("k6qydeg7t6ep"));
        Assert.That(users.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task An_extra_header_is_on_the_wire_and_on_every_page_of_a_list()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var seen = new List<string?>();
        stub.Handler.When(HttpMethod.Get, MockLogto.ApiUrl + "users/u1").Respond(request =>
        {
            seen.Add(request.Headers.TryGetValues("X-Correlation-Id", out var values) ? string.Join(",", values) : null);
            return MockLogto.Json(HttpStatusCode.OK, UserBody);
        });
        stub.Handler.When(HttpMethod.Get, MockLogto.ApiUrl + "roles").Respond(request =>
        {
            seen.Add(request.Headers.TryGetValues("X-Correlation-Id", out var values) ? string.Join(",", values) : null);
            var page = request.RequestUri!.Query.Contains("page=1&", StringComparison.Ordinal) ? "[{\"id\":\"r1\"}]" : "[]";
            return MockLogto.Json(HttpStatusCode.OK, page, ("Total-Number", "2"));
        });
        var client = stub.CreateClient();

        var options = new GetUserOptions();
        options.Headers["X-Correlation-Id"] = "c-1";
        await client.Users.GetUserAsync("u1", options).WaitAsync(Guard);
        await client.Users.GetUserAsync("u1").WaitAsync(Guard);
        var listOptions = new ListRolesOptions { PageSize = 1 };
        listOptions.Headers["X-Correlation-Id"] = "c-2";
        var roles = new List<string>();
        await foreach (var role in client.Roles.ListRolesAsync(listOptions))
        {
            roles.Add(role.Id);
        }

        Assert.That(roles, Is.EqualTo(new[] { "r1" }));
        Assert.That(seen, Is.EqualTo(new[] { "c-1", null, "c-2", "c-2" }));
    }

    [TestCase("Authorization")]
    [TestCase("authorization")]
    [TestCase("Host")]
    [TestCase("Content-Length")]
    public void A_header_the_pipeline_owns_is_refused_before_any_request(string header)
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var client = stub.CreateClient();
        var options = new GetUserOptions();
        options.Headers[header] = "Bearer mine";

        var exception = Assert.ThrowsAsync<ArgumentException>(() => client.Users.GetUserAsync("u1", options));
        var listOptions = new ListRolesOptions();
        listOptions.Headers[header] = "x";
        var listException = Assert.Throws<ArgumentException>(() => client.Roles.ListRolesAsync(listOptions));

        Assert.That(exception!.Message, Does.Contain($"'{header}'"));
        Assert.That(exception.ParamName, Is.EqualTo("options"));
        Assert.That(listException!.ParamName, Is.EqualTo("options"));
        Assert.That(stub.TokenRequests, Is.Empty);
        Assert.That(stub.Handler.GetMatchCount(stub.Handler.When("*")), Is.Zero);
    }

    [Test]
    public void A_timeout_that_is_not_positive_and_negative_retries_are_refused()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var client = stub.CreateClient();

        Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.Users.GetUserAsync("u1", new GetUserOptions { Timeout = TimeSpan.Zero }));
        Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.Users.GetUserAsync("u1", new GetUserOptions { MaxRetries = -1 }));
        Assert.That(stub.TokenRequests, Is.Empty);
    }

    [Test]
    public void Every_operation_options_class_derives_from_LogtoRequestOptions()
    {
        var options = typeof(LogtoManagementClient).Assembly.GetExportedTypes()
            .Where(t => t.IsInterface && t.Name.EndsWith("Client", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods())
            .Select(m => m.GetParameters().SingleOrDefault(p => p.Name == "options")?.ParameterType)
            .OfType<Type>()
            .Distinct()
            .ToList();

        Assert.That(options, Has.Count.GreaterThan(350));
        Assert.That(options.Where(t => !t.IsSubclassOf(typeof(LogtoRequestOptions))), Is.Empty);
    }
}
