using Logto.Generated.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using RichardSzalay.MockHttp;
using static Logto.Generated.Tests.TestSupport.TestGuard;

namespace Logto.Generated.Tests.Http;

/// <summary>
/// What the API pipeline makes of a transport failure once the retries are spent: a <see cref="LogtoTransportException"/>
/// that names the request (and its operation, when the generated client attached one) and keeps the
/// <see cref="HttpRequestException"/> as its cause.
/// </summary>
public class LogtoFailureHandlerTests
{
    private const string UserUrl = MockLogto.ApiUrl + "users/u1";

    [Test]
    public void A_refused_GET_is_retried_then_surfaces_as_a_LogtoTransportException()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var attempts = 0;
        stub.Handler.When(HttpMethod.Get, UserUrl).Respond(_ =>
        {
            Interlocked.Increment(ref attempts);
            throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (tenant.logto.app:443)");
        });
        var client = LogtoManagementClient.Create(stub.Options(options =>
        {
            options.TimeProvider = null;
            options.MaxRetryAttempts = 2;
            options.RetryBaseDelay = options.MaxRetryDelay = TimeSpan.Zero;
        }), stub.Handler);

        var exception = Assert.ThrowsAsync<LogtoTransportException>(() => client.Users.GetUserAsync("u1").WaitAsync(Guard));

        Assert.That(attempts, Is.EqualTo(3));
        // The generated client may attach its operation, which the message then names at its end.
        Assert.That(exception!.Message, Does.StartWith("Logto HTTP GET /api/users/u1 failed: Connection refused (tenant.logto.app:443)"));
        Assert.That(exception.HttpRequestError, Is.EqualTo(HttpRequestError.ConnectionError));
        Assert.That(exception.InnerException, Is.InstanceOf<HttpRequestException>());
        Assert.That(exception.StatusCode, Is.Null);
    }

    [Test]
    public void The_message_names_the_operation_and_never_the_query()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        stub.Handler.When(HttpMethod.Get, UserUrl).Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection reset by peer"));
        using var invoker = ApiInvoker(stub);
        using var request = new HttpRequestMessage(HttpMethod.Get, UserUrl + "?search=private-value");
        request.Options.Set(LogtoOperationInfo.Key, new LogtoOperationInfo("GetUser", "GET", "/api/users/{userId}"));

        var exception = Assert.ThrowsAsync<LogtoTransportException>(() => invoker.SendAsync(request, CancellationToken.None).WaitAsync(Guard));

        Assert.That(exception!.Message, Is.EqualTo("Logto HTTP GET /api/users/u1 failed: Connection reset by peer (operation GetUser, GET /api/users/{userId})"));
        Assert.That(exception.ToString(), Does.Not.Contain("private-value"));
    }

    [Test]
    public void A_cause_that_already_names_the_request_is_not_prefixed_again()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        const string BrokeOff = "The response to Logto HTTP GET /api/users/u1 (HTTP 200) broke off after 3 bytes of its body: reset";
        stub.Handler.When(HttpMethod.Get, UserUrl).Throw(new HttpRequestException(HttpRequestError.ResponseEnded, BrokeOff, null, System.Net.HttpStatusCode.OK));
        using var invoker = ApiInvoker(stub);
        using var request = new HttpRequestMessage(HttpMethod.Get, UserUrl);

        var exception = Assert.ThrowsAsync<LogtoTransportException>(() => invoker.SendAsync(request, CancellationToken.None).WaitAsync(Guard));

        Assert.That(exception!.Message, Is.EqualTo(BrokeOff));
        Assert.That(exception.StatusCode, Is.EqualTo(200));
    }

    /// <summary>The API client's handlers in front of the stub, without a generated client, retries off.</summary>
    private static HttpMessageInvoker ApiInvoker(MockLogto stub)
    {
        var settings = LogtoManagementSettings.From(stub.Options(options => options.MaxRetryAttempts = 0), "options");
        var pipeline = new LogtoHttpPipeline(settings, NullLoggerFactory.Instance, stub.Time);
        var tokenSource = LogtoTokenSource.FromDelegate(_ => ValueTask.FromResult("token"));
        return new HttpMessageInvoker(LogtoHttpPipeline.Chain(pipeline.CreateApiHandlers(tokenSource), stub.Handler));
    }
}
