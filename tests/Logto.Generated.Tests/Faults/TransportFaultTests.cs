using System.Net;
using System.Net.Sockets;
using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.Tests.Faults;

/// <summary>
/// Faults only a real socket shows, against a raw HTTP server on 127.0.0.1 that also issues the token: a connection
/// reset or closed mid-body, a server that never answers or stops mid-body, an unresolvable host, a refused connection.
/// Once the retries are spent, each ends in a <see cref="LogtoException"/>. These tests run on the real clock with short
/// timeouts and never measure time.
/// </summary>
public class TransportFaultTests : FaultTest
{
    private const string UserPath = "/api/users/u1";
    private static readonly string UserBody = Fixtures.RealLogto("get-user.json");
    private static readonly ILogtoTokenSource OwnToken = LogtoTokenSource.FromDelegate(_ => ValueTask.FromResult(SecretAssert.TokenPrefix + "own"));
    private RawHttpServer _server = null!;

    [SetUp]
    public void StartServer()
    {
        _server = new RawHttpServer();
        var token = Fixtures.RealLogto("token-response.json").Replace("<redacted>", SecretAssert.TokenPrefix + "raw", StringComparison.Ordinal);
        _server.On("POST", "/oidc/token", connection => connection.WriteAsync(RawHttpServer.Head(200, "OK", token.Length) + token));
    }

    [TearDown]
    public async Task StopServer() => await _server.DisposeAsync();

    [Test]
    public void A_connection_reset_mid_body_is_a_LogtoTransportException_with_the_status()
    {
        var (client, headReceived) = RawClient();
        _server.On("GET", UserPath, async connection =>
        {
            await connection.WriteAsync(RawHttpServer.Head(200, "OK", UserBody.Length) + UserBody[..100]);
            await headReceived.Task.WaitAsync(TestGuard.Guard);
            connection.Reset();
        });

        var exception = FailsWith<LogtoTransportException>(() => client.Users.GetUserAsync("u1"));

        Assert.That(exception.StatusCode, Is.EqualTo((int)HttpStatusCode.OK));
        Assert.That(exception.HttpRequestError, Is.EqualTo(HttpRequestError.ResponseEnded));
        Assert.That(exception.Message, Does.StartWith("The response to Logto HTTP GET /api/users/u1 (HTTP 200) broke off after "));
        Assert.That(exception.InnerException, Is.InstanceOf<HttpRequestException>());
        Assert.That(exception.InnerException!.InnerException, Is.InstanceOf<IOException>());
    }

    [Test]
    public async Task A_GET_reset_mid_body_is_retried_on_a_new_connection()
    {
        var (client, _) = RawClient(options => options.MaxRetryAttempts = 1);
        var attempts = 0;
        _server.On("GET", UserPath, async connection =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                await connection.WriteAsync(RawHttpServer.Head(200, "OK", UserBody.Length) + UserBody[..100]);
                connection.Reset();
                return;
            }

            await connection.WriteAsync(RawHttpServer.Head(200, "OK", UserBody.Length) + UserBody);
        });

        var user = await client.Users.GetUserAsync("u1").WaitAsync(TestGuard.Guard);

        Assert.That(user.Id, Is.EqualTo("k6qydeg7t6ep"));
        Assert.That(_server.RequestLines.Count(line => line == "GET /api/users/u1 HTTP/1.1"), Is.EqualTo(2));
    }

    [Test]
    public void A_body_shorter_than_its_Content_Length_is_a_LogtoTransportException()
    {
        var (client, _) = RawClient();
        _server.On("GET", UserPath, connection => connection.WriteAsync(RawHttpServer.Head(200, "OK", UserBody.Length) + UserBody[..100]));

        var exception = FailsWith<LogtoTransportException>(() => client.Users.GetUserAsync("u1"));

        Assert.That(exception.StatusCode, Is.EqualTo((int)HttpStatusCode.OK));
        Assert.That(exception.HttpRequestError, Is.EqualTo(HttpRequestError.ResponseEnded));
        Assert.That(exception.Message, Does.StartWith($"The response to Logto HTTP GET /api/users/u1 (HTTP 200) broke off after 100 of {UserBody.Length} bytes of its body: "));
    }

    [Test]
    public void A_body_cut_short_by_closing_the_connection_is_a_LogtoApiException_with_what_arrived()
    {
        // Without a Content-Length, the body ends when the connection closes: HTTP cannot tell it is short, JSON can.
        var (client, _) = RawClient();
        _server.On("GET", UserPath, connection => connection.WriteAsync(RawHttpServer.Head(200, "OK", contentLength: null) + UserBody[..100]));

        var exception = FailsWith<LogtoApiException>(() => client.Users.GetUserAsync("u1"));

        Assert.That(exception.StatusCode, Is.EqualTo(200));
        Assert.That(exception.ResponseBody, Is.EqualTo(UserBody[..100]));
    }

    [Test]
    public void A_server_that_never_answers_ends_in_the_attempt_timeout_named_in_the_message()
    {
        var (client, _) = RawClient(options =>
        {
            options.AttemptTimeout = TimeSpan.FromMilliseconds(200);
            options.TotalTimeout = TimeSpan.FromSeconds(1);
            options.TokenSource = OwnToken; // so that only the API request runs under the short timeout
        });
        _server.On("GET", UserPath, connection => connection.HoldAsync());

        var exception = FailsWith<LogtoTimeoutException>(() => client.Users.GetUserAsync("u1"));

        Assert.That(exception.Kind, Is.EqualTo(LogtoTimeoutKind.Attempt));
        Assert.That(exception.Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(200)));
        Assert.That(exception.Message, Is.EqualTo(
            "Logto HTTP GET /api/users/u1 timed out: LogtoManagementOptions.AttemptTimeout (00:00:00.2000000) elapsed for one attempt, the response body included, and no retry was left or allowed"
            + " (operation GetUser, GET /api/users/{userId})."));
        Assert.That(exception, Is.InstanceOf<LogtoException>());
        Assert.That(exception.StatusCode, Is.Null);
    }

    [Test]
    public void A_server_that_stops_mid_body_ends_in_the_attempt_timeout()
    {
        var (client, _) = RawClient(options =>
        {
            options.AttemptTimeout = TimeSpan.FromMilliseconds(200);
            options.TotalTimeout = TimeSpan.FromSeconds(1);
            options.TokenSource = OwnToken; // so that only the API request runs under the short timeout
        });
        _server.On("GET", UserPath, async connection =>
        {
            await connection.WriteAsync(RawHttpServer.Head(200, "OK", UserBody.Length) + UserBody[..100]);
            await connection.HoldAsync();
        });

        var exception = FailsWith<LogtoTimeoutException>(() => client.Users.GetUserAsync("u1"));

        Assert.That(exception.Kind, Is.EqualTo(LogtoTimeoutKind.Attempt));
    }

    [Test]
    public void An_unresolvable_host_is_a_LogtoTransportException_naming_name_resolution()
    {
        // RFC 2606 reserves .invalid: it never resolves. No token is needed to reach the failure.
        var client = LogtoManagementClient.Create(
            new LogtoManagementOptions
            {
                Endpoint = new Uri("https://logto.invalid/"),
                TokenSource = OwnToken,
                MaxRetryAttempts = 0,
                AttemptTimeout = TimeSpan.FromSeconds(5),
                TotalTimeout = TimeSpan.FromSeconds(5),
            },
            Track(new SocketsHttpHandler()),
            Logs.CreateFactory());

        var exception = FailsWith<LogtoTransportException>(() => client.Users.GetUserAsync("u1"));

        Assert.That(exception.HttpRequestError, Is.EqualTo(HttpRequestError.NameResolutionError));
        Assert.That(exception.Message, Does.Contain("logto.invalid"));
        Assert.That(exception.Message, Does.StartWith("Logto HTTP GET /api/users/u1 failed: "));
        Assert.That(exception.InnerException, Is.InstanceOf<HttpRequestException>());
        Assert.That(exception.StatusCode, Is.Null);
    }

    [Test]
    public void An_unresolvable_token_endpoint_is_a_LogtoAuthenticationException_with_the_cause()
    {
        var client = CreateClient(Track(new SocketsHttpHandler()), options =>
        {
            options.Endpoint = new Uri("https://logto.invalid/");
            options.Resource = LogtoManagementOptions.SelfHostedResource;
            options.TimeProvider = null;
            options.AttemptTimeout = options.TotalTimeout = TimeSpan.FromSeconds(5);
        });

        var exception = FailsWith<LogtoAuthenticationException>(() => client.Users.GetUserAsync("u1"));

        Assert.That(exception.StatusCode, Is.Null);
        Assert.That(exception.TokenEndpoint, Is.EqualTo(new Uri("https://logto.invalid/oidc/token")));
        Assert.That(exception.InnerException, Is.InstanceOf<HttpRequestException>());
        Assert.That(((HttpRequestException)exception.InnerException!).HttpRequestError, Is.EqualTo(HttpRequestError.NameResolutionError));
        Assert.That(exception.Message, Does.StartWith("Could not get an access token from Logto's token endpoint https://logto.invalid/oidc/token: HttpRequestException: "));
    }

    [Test]
    public void A_refused_connection_is_a_LogtoTransportException_naming_the_connection()
    {
        var closedPort = ClosedLoopbackPort();
        var (client, _) = RawClient(options =>
        {
            options.Endpoint = new Uri($"http://127.0.0.1:{closedPort}");
            options.TokenSource = OwnToken;
        });

        var exception = FailsWith<LogtoTransportException>(() => client.Users.GetUserAsync("u1"));

        Assert.That(exception.HttpRequestError, Is.EqualTo(HttpRequestError.ConnectionError));
        Assert.That(exception.Message, Does.Contain($"127.0.0.1:{closedPort}"));
        Assert.That(exception.Message, Does.StartWith("Logto HTTP GET /api/users/u1 failed: "));
        Assert.That((exception.InnerException as HttpRequestException)?.HttpRequestError, Is.EqualTo(HttpRequestError.ConnectionError));
    }

    [Test]
    public void A_refused_token_endpoint_is_a_LogtoAuthenticationException_with_the_cause()
    {
        var closedPort = ClosedLoopbackPort();
        var (client, _) = RawClient(options => options.Endpoint = new Uri($"http://127.0.0.1:{closedPort}"));

        var exception = FailsWith<LogtoAuthenticationException>(() => client.Users.GetUserAsync("u1"));

        Assert.That(exception.StatusCode, Is.Null);
        Assert.That((exception.InnerException as HttpRequestException)?.HttpRequestError, Is.EqualTo(HttpRequestError.ConnectionError));
        Assert.That(exception.Message, Does.Contain($"127.0.0.1:{closedPort}"));
    }

    /// <summary>A client of the raw server on the real clock, and a task that completes when a response head arrives.</summary>
    private (LogtoManagementClient Client, TaskCompletionSource HeadReceived) RawClient(Action<LogtoManagementOptions>? configure = null)
    {
        var headReceived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tracker = Track(new SocketsHttpHandler());
        tracker.HeadReceived = request =>
        {
            if (request.RequestUri!.AbsolutePath == UserPath)
            {
                headReceived.TrySetResult();
            }
        };
        var client = CreateClient(tracker, options =>
        {
            options.Endpoint = _server.Endpoint;
            options.Resource = LogtoManagementOptions.SelfHostedResource;
            options.TimeProvider = null;
            options.AttemptTimeout = options.TotalTimeout = TimeSpan.FromSeconds(5);
            options.RetryBaseDelay = options.MaxRetryDelay = TimeSpan.Zero;
            configure?.Invoke(options);
        });
        return (client, headReceived);
    }

    private static int ClosedLoopbackPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
