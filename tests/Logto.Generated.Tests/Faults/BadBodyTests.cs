using System.Net;
using System.Text;
using Logto.Generated.Tests.TestSupport;
using Newtonsoft.Json;
using RichardSzalay.MockHttp;
using static Logto.Generated.Tests.TestSupport.TestGuard;

namespace Logto.Generated.Tests.Faults;

/// <summary>Bodies that are not what the operation expects end in a <see cref="LogtoApiException"/> with the status and the raw body.</summary>
public class BadBodyTests : FaultTest
{
    private const string UserUrl = MockLogto.ApiUrl + "users/u1";
    private const string UsersUrl = MockLogto.ApiUrl + "users";

    [Test]
    public void Malformed_JSON_becomes_a_LogtoApiException_with_the_status_and_the_raw_body()
    {
        const string body = "{\"id\":\"u1\",\"username\":}";
        RouteUser(() => MockLogto.Json(HttpStatusCode.OK, body, ("Logto-Core-Request-Id", "req-7")));

        var exception = FailsWith<LogtoApiException>(() => CreateClient().Users.GetUserAsync("u1"));

        Assert.That(exception.StatusCode, Is.EqualTo(200));
        Assert.That(exception.ResponseBody, Is.EqualTo(body));
        Assert.That(exception.RequestId, Is.EqualTo("req-7"));
        Assert.That(exception.Code, Is.Null);
        Assert.That(exception.InnerException, Is.InstanceOf<JsonException>());
        Assert.That(exception.Message, Is.EqualTo(
            "Logto API request failed with HTTP 200: The response body (application/json) is not valid JSON for User. (request id req-7)"));
    }

    [Test]
    public void A_body_truncated_mid_JSON_becomes_a_LogtoApiException_with_what_arrived()
    {
        var body = Fixtures.RealLogto("get-user.json")[..150];
        RouteUser(() => MockLogto.Json(HttpStatusCode.OK, body));

        var exception = FailsWith<LogtoApiException>(() => CreateClient().Users.GetUserAsync("u1"));

        Assert.That(exception.StatusCode, Is.EqualTo(200));
        Assert.That(exception.ResponseBody, Is.EqualTo(body));
        Assert.That(exception.InnerException, Is.InstanceOf<JsonException>());
    }

    [Test]
    public void A_proxy_HTML_page_with_502_becomes_a_LogtoApiException_with_the_page()
    {
        const string html = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>";
        RouteUser(() => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent(html, Encoding.UTF8, "text/html") });

        var exception = FailsWith<LogtoApiException>(() => CreateClient().Users.GetUserAsync("u1"));

        Assert.That(exception.StatusCode, Is.EqualTo(502));
        Assert.That(exception.IsServerError, Is.True);
        Assert.That(exception.ResponseBody, Is.EqualTo(html));
        Assert.That(exception.Code, Is.Null);
        Assert.That(exception.ErrorMessage, Is.Null);
        Assert.That(exception.Message, Is.EqualTo("Logto API request failed with HTTP 502: The HTTP status code of the response was not expected (502)."));
    }

    [Test]
    public void An_HTML_page_with_200_becomes_a_LogtoApiException_naming_the_content_type()
    {
        const string html = "<!DOCTYPE html><html><body>Please sign in to the corporate proxy</body></html>";
        RouteUser(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(html, Encoding.UTF8, "text/html") });

        var exception = FailsWith<LogtoApiException>(() => CreateClient().Users.GetUserAsync("u1"));

        Assert.That(exception.StatusCode, Is.EqualTo(200));
        Assert.That(exception.ResponseBody, Is.EqualTo(html));
        Assert.That(exception.Message, Does.Contain("The response body (text/html) is not valid JSON for User."));
    }

    [TestCase("")]
    [TestCase("null")]
    [TestCase("   ")]
    public void An_empty_or_null_body_with_200_becomes_a_LogtoApiException(string body)
    {
        RouteUser(() => MockLogto.Json(HttpStatusCode.OK, body));

        var exception = FailsWith<LogtoApiException>(() => CreateClient().Users.GetUserAsync("u1"));

        Assert.That(exception.StatusCode, Is.EqualTo(200));
        Assert.That(exception.ResponseBody, Is.EqualTo(body));
        Assert.That(exception.Message, Is.EqualTo("Logto API request failed with HTTP 200: Response was null which was not expected."));
    }

    [Test]
    public void An_empty_body_for_a_list_becomes_a_LogtoApiException()
    {
        Stub.Handler.When(HttpMethod.Get, UsersUrl).Respond(_ => MockLogto.Json(HttpStatusCode.OK, string.Empty, ("Total-Number", "3")));

        var exception = FailsWith<LogtoApiException>(() => CreateClient().Users.ListUsersAsync(new ListUsersOptions { PageSize = 20 }).GetPageAsync());

        Assert.That(exception.StatusCode, Is.EqualTo(200));
        Assert.That(exception.ResponseBody, Is.Empty);
    }

    [TestCase("text/plain")]
    [TestCase("application/octet-stream")]
    [TestCase(null)]
    public async Task Valid_JSON_under_a_wrong_content_type_is_read(string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Fixtures.RealLogto("get-user.json")));
        if (contentType is not null)
        {
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        }

        RouteUser(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = content });

        var user = await CreateClient().Users.GetUserAsync("u1").WaitAsync(Guard);

        Assert.That(user.Id, Is.EqualTo("k6qydeg7t6ep"));
        Assert.That(user.Username, Is.EqualTo("bench_user_93"));
    }

    [Test]
    public async Task A_20_MB_page_is_read_whole()
    {
        var blob = new string('x', 200_000);
        var body = "[" + string.Join(",", Enumerable.Range(1, 100).Select(i => $"{{\"id\":\"user{i:D3}\",\"customData\":{{\"blob\":\"{blob}\"}}}}")) + "]";
        Assert.That(Encoding.UTF8.GetByteCount(body), Is.GreaterThan(20_000_000));
        Uri? sent = null;
        Stub.Handler.When(HttpMethod.Get, UsersUrl).Respond(request =>
        {
            sent = request.RequestUri;
            return MockLogto.Json(HttpStatusCode.OK, body, ("Total-Number", "100"));
        });

        var page = await CreateClient().Users.ListUsersAsync().GetPageAsync().WaitAsync(Guard);

        Assert.That(sent!.AbsoluteUri, Is.EqualTo(UsersUrl + "?page=1&page_size=100"));
        Assert.That(page.TotalCount, Is.EqualTo(100));
        Assert.That(page.Items.Select(user => user.Id), Is.EqualTo(Enumerable.Range(1, 100).Select(i => $"user{i:D3}")));
        Assert.That(page.Items.Last().CustomData["blob"].ToString(), Has.Length.EqualTo(200_000));
    }

    [Test]
    public void A_body_declared_larger_than_the_limit_is_refused_unread()
    {
        var content = new PartialBodyContent("[", declaredLength: 100 * 1024);
        RouteUser(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        var client = CreateClient(options => options.MaxResponseContentBufferSize = 64 * 1024);

        var exception = FailsWith<LogtoApiException>(() => client.Users.GetUserAsync("u1"));

        Assert.That(exception.StatusCode, Is.EqualTo(200));
        Assert.That(exception.ResponseBody, Is.Null);
        Assert.That(exception.Message, Is.EqualTo(
            "Logto API request failed with HTTP 200: The response body is larger than LogtoManagementOptions.MaxResponseContentBufferSize (65536 bytes), so it was not read."));
        Assert.That(content.Reads, Is.Zero, "a declared length over the limit is refused before reading");
    }

    [Test]
    public void A_body_of_unknown_length_is_read_up_to_the_limit_only_and_not_retried()
    {
        var attempts = 0;
        RouteUser(() =>
        {
            Interlocked.Increment(ref attempts);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new PartialBodyContent(new string(' ', 100 * 1024), declaredLength: null) };
        });
        var client = CreateClient(options =>
        {
            options.MaxResponseContentBufferSize = 64 * 1024;
            options.MaxRetryAttempts = 3;
        });

        var exception = FailsWith<LogtoApiException>(() => client.Users.GetUserAsync("u1"));

        Assert.That(exception.Message, Does.Contain("MaxResponseContentBufferSize (65536 bytes)"));
        Assert.That(attempts, Is.EqualTo(1), "a body over the limit would be over it again");
    }

    [Test]
    public void An_error_page_that_echoes_the_bearer_token_is_redacted()
    {
        RouteUser(() => new HttpResponseMessage(HttpStatusCode.BadRequest)
        {
            Content = new StringContent("<pre>GET /api/users/u1\nAuthorization: Bearer access-token-1\n</pre>", Encoding.UTF8, "text/html"),
        });

        var exception = FailsWith<LogtoApiException>(() => CreateClient().Users.GetUserAsync("u1"));

        Assert.That(exception.StatusCode, Is.EqualTo(400));
        Assert.That(exception.ResponseBody, Is.EqualTo("<pre>GET /api/users/u1\nAuthorization: Bearer [redacted]\n</pre>"));
    }

    [Test]
    public void A_Logto_error_whose_message_echoes_the_token_is_redacted_from_the_exception_message()
    {
        RouteUser(() => MockLogto.Json(HttpStatusCode.Forbidden, "{\"code\":\"auth.forbidden\",\"message\":\"Token access-token-1 lacks a scope.\"}"));

        var exception = FailsWith<LogtoApiException>(() => CreateClient().Users.GetUserAsync("u1"));

        Assert.That(exception.Code, Is.EqualTo("auth.forbidden"));
        Assert.That(exception.ErrorMessage, Is.EqualTo("Token [redacted] lacks a scope."));
    }

    [Test]
    public async Task A_body_lost_mid_stream_on_a_GET_is_retried()
    {
        var responses = new ResponseQueue(
            Stub.Time,
            () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new PartialBodyContent("{\"id\":\"k6q", 400, new IOException("Connection reset by peer")) },
            () => MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("get-user.json")));
        Stub.Handler.When(HttpMethod.Get, UserUrl).Respond(responses.RespondAsync);
        var client = CreateClient(options =>
        {
            options.MaxRetryAttempts = 1;
            options.RetryBaseDelay = options.MaxRetryDelay = TimeSpan.FromSeconds(1);
        });

        var call = client.Users.GetUserAsync("u1");
        Stub.Time.Advance(await Stub.Time.WaitForTimerAsync(delay => delay <= TimeSpan.FromSeconds(1)).WaitAsync(Guard));
        var user = await call.WaitAsync(Guard);

        Assert.That(user.Id, Is.EqualTo("k6qydeg7t6ep"));
        Assert.That(responses.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public void A_body_lost_mid_stream_on_a_POST_is_a_typed_transport_error_and_not_retried()
    {
        var attempts = 0;
        Stub.Handler.When(HttpMethod.Post, MockLogto.ApiUrl + "applications").Respond(_ =>
        {
            Interlocked.Increment(ref attempts);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new PartialBodyContent("{\"id\":\"app", 400, new IOException("Connection reset by peer")) };
        });
        var client = CreateClient(options => options.MaxRetryAttempts = 3);

        var exception = FailsWith<LogtoTransportException>(
            () => client.Applications.CreateApplicationAsync(new CreateApplicationRequest { Name = "a", Type = ApplicationType.SPA }));

        Assert.That(exception.StatusCode, Is.EqualTo((int)HttpStatusCode.OK));
        Assert.That(exception.HttpRequestError, Is.EqualTo(HttpRequestError.ResponseEnded));
        Assert.That(exception.Message, Does.StartWith("The response to Logto HTTP POST /api/applications (HTTP 200) broke off after 10 of 400 bytes of its body: Connection reset by peer"));
        Assert.That(exception.InnerException, Is.InstanceOf<HttpRequestException>());
        Assert.That(exception.InnerException!.InnerException, Is.InstanceOf<IOException>());
        Assert.That(attempts, Is.EqualTo(1), "a POST may have taken effect");
    }

    private void RouteUser(Func<HttpResponseMessage> respond) =>
        Stub.Handler.When(HttpMethod.Get, UserUrl).Respond(_ => respond());
}
