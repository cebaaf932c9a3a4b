using System.Net;
using System.Text;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Generated;

/// <summary>
/// The Account API client sends the user's token and the public client sends none, both created without dependency
/// injection on the same pipeline as the Management API client: retries, failure translation, disposal.
/// </summary>
public class FacadeTests
{
    private const string Profile = "https://tenant.logto.app/api/my-account";
    private const string Status = "https://tenant.logto.app/api/status";

    [Test]
    public async Task The_account_client_sends_the_users_access_token_and_asks_for_a_new_one_after_a_401()
    {
        using var handler = new MockHttpMessageHandler();
        var sent = new List<string?>();
        handler.When(HttpMethod.Get, Profile).Respond(request =>
        {
            sent.Add(request.Headers.Authorization?.ToString());
            return sent.Count == 1 ? new HttpResponseMessage(HttpStatusCode.Unauthorized) : Json("{\"id\":\"u1\"}");
        });
        using var account = LogtoAccountClient.Create(Options(), new QueueTokenSource("user-token-1", "user-token-2"), handler);

        var profile = await account.MyAccount.GetProfileAsync();

        Assert.That(profile.Id, Is.EqualTo("u1"));
        Assert.That(sent, Is.EqualTo(new[] { "Bearer user-token-1", "Bearer user-token-2" }));
    }

    [Test]
    public void The_account_client_gives_a_second_401_to_the_caller_after_one_renewal()
    {
        using var handler = new MockHttpMessageHandler();
        var sent = new List<string?>();
        handler.When(HttpMethod.Get, Profile).Respond(request =>
        {
            sent.Add(request.Headers.Authorization?.ToString());
            return new HttpResponseMessage(HttpStatusCode.Unauthorized);
        });
        using var account = LogtoAccountClient.Create(Options(), new QueueTokenSource("t1", "t2", "t3"), handler);

        var exception = Assert.ThrowsAsync<LogtoApiException>(() => account.MyAccount.GetProfileAsync());

        Assert.That(exception!.StatusCode, Is.EqualTo(401));
        Assert.That(sent, Is.EqualTo(new[] { "Bearer t1", "Bearer t2" }));
    }

    [Test]
    public async Task The_public_client_sends_no_authorization_and_is_retried_on_503()
    {
        using var handler = new MockHttpMessageHandler();
        var sent = new List<HttpRequestMessage>();
        handler.When(HttpMethod.Get, Status).Respond(request =>
        {
            sent.Add(request);
            return new HttpResponseMessage(sent.Count == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.NoContent);
        });
        using var logto = LogtoPublicClient.Create(Options(), handler);

        await logto.Status.GetStatusAsync();

        Assert.That(sent, Has.Count.EqualTo(2), "the 503 is retried like the Management API client's");
        Assert.That(sent.Select(request => request.Headers.Authorization), Is.All.Null);
        Assert.That(sent.Select(request => request.RequestUri!.AbsoluteUri), Is.All.EqualTo(Status));
    }

    [Test]
    public void A_transport_failure_ends_in_a_LogtoTransportException_naming_the_operation()
    {
        using var handler = new MockHttpMessageHandler();
        handler.When(HttpMethod.Get, Profile).Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"));
        using var account = LogtoAccountClient.Create(Options(options => options.MaxRetryAttempts = 0), new QueueTokenSource("t1"), handler);

        var exception = Assert.ThrowsAsync<LogtoTransportException>(() => account.MyAccount.GetProfileAsync());

        Assert.That(exception!.Message, Does.Contain("GET /api/my-account"));
        Assert.That(exception.InnerException, Is.InstanceOf<HttpRequestException>());
        Assert.That(exception.HttpRequestError, Is.EqualTo(HttpRequestError.ConnectionError));
    }

    [Test]
    public void The_public_client_retries_a_transport_failure_then_reports_it()
    {
        using var handler = new MockHttpMessageHandler();
        var attempts = 0;
        handler.When(HttpMethod.Get, Status).Respond(_ =>
        {
            attempts++;
            throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused");
        });
        using var logto = LogtoPublicClient.Create(Options(options => options.MaxRetryAttempts = 2), handler);

        Assert.ThrowsAsync<LogtoTransportException>(() => logto.Status.GetStatusAsync());
        Assert.That(attempts, Is.EqualTo(3));
    }

    [Test]
    public void Bad_options_are_refused_naming_the_argument_and_the_option_before_any_request()
    {
        using var handler = new MockHttpMessageHandler();
        var relative = new LogtoClientOptions { Endpoint = new Uri("/relative", UriKind.Relative) };

        var exception = Assert.Throws<ArgumentException>(() => LogtoPublicClient.Create(relative, handler));
        Assert.That(exception!.ParamName, Is.EqualTo("options"));
        Assert.That(exception.Message, Does.Contain("LogtoClientOptions.Endpoint must be an absolute http or https URL"));

        var noRetries = Options(options => options.MaxRetryAttempts = -1);
        Assert.That(
            () => LogtoAccountClient.Create(noRetries, new QueueTokenSource("t"), handler),
            Throws.ArgumentException.With.Property("ParamName").EqualTo("options").And.Message.Contains("LogtoClientOptions.MaxRetryAttempts (-1)"));
        Assert.That(
            () => LogtoAccountClient.Create(Options(), null!, handler),
            Throws.ArgumentNullException.With.Property("ParamName").EqualTo("userAccessTokens"));
        Assert.That(() => LogtoPublicClient.Create(null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("options"));
        Assert.That(() => LogtoPublicClient.Create(Options(), (HttpMessageHandler)null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("primaryHandler"));
    }

    [Test]
    public void Management_options_without_credentials_serve_the_public_and_account_clients()
    {
        var options = new LogtoManagementOptions { Endpoint = new Uri("https://auth.example.com") };

        using var logto = LogtoPublicClient.Create(options);
        using var account = LogtoAccountClient.Create(options, new QueueTokenSource("t"));

        Assert.That(logto.Status, Is.Not.Null);
        Assert.That(account.MyAccount, Is.Not.Null);
    }

    [Test]
    public async Task Disposing_a_created_client_disposes_what_it_made_and_not_the_handler_passed_in()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Get, Status).Respond(HttpStatusCode.NoContent);
        using var primary = new DisposalRecordingHandler(mock);
        var logto = LogtoPublicClient.Create(Options(), primary);
        var account = LogtoAccountClient.Create(Options(), new QueueTokenSource("t"), primary);
        await logto.Status.GetStatusAsync();

        logto.Dispose();
        account.Dispose();
        logto.Dispose();

        Assert.That(primary.Disposed, Is.False, "the caller's handler stays the caller's");
        Assert.ThrowsAsync<ObjectDisposedException>(() => logto.Status.GetStatusAsync());
        Assert.ThrowsAsync<ObjectDisposedException>(() => account.MyAccount.GetProfileAsync());
        using var invoker = new HttpMessageInvoker(primary, disposeHandler: false);
        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, Status), CancellationToken.None);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), "the caller's handler still sends");
    }

    [Test]
    public async Task A_client_built_on_your_own_HttpClient_owns_nothing()
    {
        using var mock = new MockHttpMessageHandler();
        var status = mock.When(HttpMethod.Get, Status).Respond(HttpStatusCode.NoContent);
        using var http = new HttpClient(mock, disposeHandler: false) { BaseAddress = new Uri("https://tenant.logto.app/") };
        var logto = new LogtoPublicClient(http);

        logto.Dispose();

        await logto.Status.GetStatusAsync();
        Assert.That(mock.GetMatchCount(status), Is.EqualTo(1), "the HTTP client still sends after the facade is disposed");
    }

    private static LogtoClientOptions Options(Action<LogtoClientOptions>? configure = null)
    {
        var options = new LogtoClientOptions { Endpoint = new Uri("https://tenant.logto.app/"), RetryBaseDelay = TimeSpan.Zero };
        configure?.Invoke(options);
        return options;
    }

    private static HttpResponseMessage Json(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    internal sealed class QueueTokenSource(params string[] tokens) : ILogtoTokenSource
    {
        private readonly Queue<string> _tokens = new(tokens);

        public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_tokens.Peek());

        public ValueTask<string> RenewAccessTokenAsync(string rejectedAccessToken, CancellationToken cancellationToken)
        {
            _tokens.Dequeue();
            return ValueTask.FromResult(_tokens.Peek());
        }
    }

    private sealed class DisposalRecordingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed |= disposing;
            base.Dispose(disposing);
        }
    }
}
