using System.Net;
using System.Text;
using Logto.Generated.Tests.TestSupport;
using static Logto.Generated.Tests.TestSupport.TestGuard;
using RichardSzalay.MockHttp;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logto.Generated.Tests.Authentication;

public class ClientCredentialsTokenProviderTests
{
    [Test]
    public async Task Posts_client_credentials_with_http_basic_by_default()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var provider = CreateProvider(stub);

        var token = await provider.GetAccessTokenAsync(CancellationToken.None);

        Assert.That(token, Is.EqualTo(MockLogto.Token(1)));
        var request = stub.TokenRequests.Single();
        Assert.That(request.Method, Is.EqualTo(HttpMethod.Post));
        Assert.That(request.Uri!.AbsoluteUri, Is.EqualTo(MockLogto.TokenUrl));
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{MockLogto.ClientId}:{MockLogto.ClientSecret}"));
        Assert.That(request.Authorization, Is.EqualTo("Basic " + basic));
        Assert.That(request.ContentType, Is.EqualTo("application/x-www-form-urlencoded"));
        Assert.That(request.Body, Is.EqualTo("grant_type=client_credentials&resource=https%3A%2F%2Ftenant.logto.app%2Fapi&scope=all"));
    }

    [Test]
    public async Task Posts_the_credentials_as_form_fields_when_asked()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var provider = CreateProvider(stub, options =>
        {
            options.ClientAuthentication = LogtoClientAuthenticationMethod.ClientSecretPost;
            options.Scope = "all read:users";
            options.Resource = "https://custom.example/api";
        });

        await provider.GetAccessTokenAsync(CancellationToken.None);

        var request = stub.TokenRequests.Single();
        Assert.That(request.Authorization, Is.Null);
        Assert.That(request.Body, Is.EqualTo(
            "grant_type=client_credentials&resource=https%3A%2F%2Fcustom.example%2Fapi&scope=all+read%3Ausers"
            + $"&client_id={MockLogto.ClientId}&client_secret={MockLogto.ClientSecret}"));
    }

    [Test]
    public async Task Sends_no_scope_when_the_scope_is_empty()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var provider = CreateProvider(stub, options => options.Scope = "");

        await provider.GetAccessTokenAsync(CancellationToken.None);

        Assert.That(stub.TokenRequests.Single().Body, Is.EqualTo("grant_type=client_credentials&resource=https%3A%2F%2Ftenant.logto.app%2Fapi"));
    }

    [Test]
    public async Task Hundred_concurrent_callers_on_a_cold_cache_cause_exactly_one_token_request()
    {
        using var stub = new MockLogto(tokenEndpoint: true) { TokenGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        var provider = CreateProvider(stub);

        var callers = Enumerable.Range(0, 100).Select(_ => provider.GetAccessTokenAsync(CancellationToken.None).AsTask()).ToList();
        await stub.TokenRequested.Task.WaitAsync(Guard);
        Assert.That(callers.Any(caller => caller.IsCompleted), Is.False, "every caller waits on the one token request");
        stub.TokenGate.SetResult();
        var tokens = await Task.WhenAll(callers).WaitAsync(Guard);

        Assert.That(stub.TokenRequests, Has.Count.EqualTo(1));
        Assert.That(tokens.Distinct(), Is.EqualTo(new[] { MockLogto.Token(1) }));
    }

    [Test]
    public async Task Caches_the_token_until_expiry_minus_the_leeway_then_renews_it()
    {
        using var stub = new MockLogto(tokenEndpoint: true) { ExpiresIn = 3600 };
        var provider = CreateProvider(stub, options => options.TokenLeeway = TimeSpan.FromSeconds(60));

        Assert.That(await provider.GetAccessTokenAsync(CancellationToken.None), Is.EqualTo(MockLogto.Token(1)));
        stub.Time.Advance(TimeSpan.FromSeconds(3600 - 60 - 1));
        Assert.That(await provider.GetAccessTokenAsync(CancellationToken.None), Is.EqualTo(MockLogto.Token(1)), "outside the leeway");
        Assert.That(stub.TokenRequests, Has.Count.EqualTo(1));

        stub.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.That(await provider.GetAccessTokenAsync(CancellationToken.None), Is.EqualTo(MockLogto.Token(2)), "inside the leeway");
        Assert.That(stub.TokenRequests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_token_shorter_lived_than_twice_the_leeway_is_kept_for_half_its_lifetime()
    {
        using var stub = new MockLogto(tokenEndpoint: true) { ExpiresIn = 60 };
        var provider = CreateProvider(stub, options => options.TokenLeeway = TimeSpan.FromSeconds(60));

        await provider.GetAccessTokenAsync(CancellationToken.None);
        stub.Time.Advance(TimeSpan.FromSeconds(29));
        await provider.GetAccessTokenAsync(CancellationToken.None);
        Assert.That(stub.TokenRequests, Has.Count.EqualTo(1));
        stub.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.That(await provider.GetAccessTokenAsync(CancellationToken.None), Is.EqualTo(MockLogto.Token(2)));
    }

    [Test]
    public async Task Renewal_replaces_a_rejected_token_once_for_all_concurrent_rejections()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var provider = CreateProvider(stub);
        var rejected = await provider.GetAccessTokenAsync(CancellationToken.None);

        var renewals = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => provider.RenewAccessTokenAsync(rejected, CancellationToken.None).AsTask()));
        var late = await provider.RenewAccessTokenAsync(rejected, CancellationToken.None);

        Assert.That(renewals.Distinct(), Is.EqualTo(new[] { MockLogto.Token(2) }));
        Assert.That(late, Is.EqualTo(MockLogto.Token(2)), "a token rejected earlier does not renew the newer one");
        Assert.That(stub.TokenRequests, Has.Count.EqualTo(2));
    }

    [Test]
    public void Token_endpoint_400_gives_LogtoAuthenticationException_with_the_oauth_error_and_no_secret()
    {
        using var stub = new MockLogto(tokenEndpoint: true)
        {
            TokenFailure = _ => MockLogto.Json(
                HttpStatusCode.BadRequest,
                Fixtures.RealLogto("error-token-invalid-client.json"),
                (LogtoApiException.RequestIdHeader, "req-42")),
        };
        var provider = CreateProvider(stub);

        var exception = Assert.ThrowsAsync<LogtoAuthenticationException>(async () => await provider.GetAccessTokenAsync(CancellationToken.None));

        Assert.That(exception!.StatusCode, Is.EqualTo(400));
        Assert.That(exception.Error, Is.EqualTo("invalid_client"));
        Assert.That(exception.ErrorDescription, Is.EqualTo("invalid client nope"));
        Assert.That(exception.Code, Is.EqualTo("oidc.invalid_client"));
        Assert.That(exception.RequestId, Is.EqualTo("req-42"));
        Assert.That(exception.TokenEndpoint, Is.EqualTo(new Uri(MockLogto.TokenUrl)));
        Assert.That(exception.Message, Does.Contain("invalid_client").And.Contain("invalid client nope").And.Contain("HTTP 400"));
        Assert.That(exception.ToString(), Does.Not.Contain(MockLogto.ClientSecret));
    }

    [Test]
    public void A_rate_limited_token_request_says_how_long_to_wait()
    {
        using var stub = new MockLogto(tokenEndpoint: true)
        {
            TokenFailure = _ =>
            {
                var response = MockLogto.Json(HttpStatusCode.TooManyRequests, "{\"error\":\"too_many_requests\"}");
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(42));
                return response;
            },
        };
        var provider = CreateProvider(stub);

        var exception = Assert.ThrowsAsync<LogtoAuthenticationException>(async () => await provider.GetAccessTokenAsync(CancellationToken.None));

        Assert.That(exception!.IsTooManyRequests, Is.True);
        Assert.That(exception.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(42)));
    }

    [Test]
    public void A_secret_echoed_by_the_token_endpoint_is_redacted()
    {
        using var stub = new MockLogto(tokenEndpoint: true)
        {
            TokenFailure = _ => MockLogto.Json(
                HttpStatusCode.Unauthorized,
                $"{{\"error\":\"invalid_client\",\"error_description\":\"secret {MockLogto.ClientSecret} is wrong\"}}"),
        };
        var provider = CreateProvider(stub);

        var exception = Assert.ThrowsAsync<LogtoAuthenticationException>(async () => await provider.GetAccessTokenAsync(CancellationToken.None));

        Assert.That(exception!.ErrorDescription, Is.EqualTo("secret [redacted] is wrong"));
        Assert.That(exception.ToString() + exception.ResponseBody, Does.Not.Contain(MockLogto.ClientSecret));
    }

    [Test]
    public async Task A_failed_token_request_is_not_cached()
    {
        using var stub = new MockLogto(tokenEndpoint: true)
        {
            TokenFailure = number => number == 1 ? MockLogto.Json(HttpStatusCode.BadRequest, Fixtures.RealLogto("error-token-invalid-client.json")) : null!,
        };
        var provider = CreateProvider(stub);

        Assert.ThrowsAsync<LogtoAuthenticationException>(async () => await provider.GetAccessTokenAsync(CancellationToken.None));
        var token = await provider.GetAccessTokenAsync(CancellationToken.None);

        Assert.That(token, Is.EqualTo(MockLogto.Token(1)));
        Assert.That(stub.TokenRequests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Concurrent_callers_share_one_failure_instead_of_repeating_the_request()
    {
        using var stub = new MockLogto(tokenEndpoint: true)
        {
            TokenGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously),
            TokenFailure = _ => MockLogto.Json(HttpStatusCode.BadRequest, Fixtures.RealLogto("error-token-invalid-client.json")),
        };
        var provider = CreateProvider(stub);

        var callers = Enumerable.Range(0, 10).Select(_ => provider.GetAccessTokenAsync(CancellationToken.None).AsTask()).ToList();
        await stub.TokenRequested.Task.WaitAsync(Guard);
        stub.TokenGate.SetResult();

        foreach (var caller in callers)
        {
            Assert.ThrowsAsync<LogtoAuthenticationException>(async () => await caller.WaitAsync(Guard));
        }

        Assert.That(stub.TokenRequests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_cancelled_caller_does_not_fail_the_others()
    {
        using var stub = new MockLogto(tokenEndpoint: true) { TokenGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        var provider = CreateProvider(stub);
        using var cancel = new CancellationTokenSource();

        var cancelled = provider.GetAccessTokenAsync(cancel.Token).AsTask();
        var patient = provider.GetAccessTokenAsync(CancellationToken.None).AsTask();
        await stub.TokenRequested.Task.WaitAsync(Guard);
        await cancel.CancelAsync();
        stub.TokenGate.SetResult();

        Assert.ThrowsAsync<TaskCanceledException>(async () => await cancelled.WaitAsync(Guard));
        Assert.That(await patient.WaitAsync(Guard), Is.EqualTo(MockLogto.Token(1)));
        Assert.That(stub.TokenRequests, Has.Count.EqualTo(1));
    }

    [Test]
    public void An_unreachable_token_endpoint_gives_LogtoAuthenticationException_with_the_cause()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        using var failing = new RichardSzalay.MockHttp.MockHttpMessageHandler();
        failing.When(MockLogto.TokenUrl).Throw(new HttpRequestException("connection refused"));
        var provider = new ClientCredentialsTokenProvider(new HttpClient(failing), stub.Options());

        var exception = Assert.ThrowsAsync<LogtoAuthenticationException>(async () => await provider.GetAccessTokenAsync(CancellationToken.None));

        Assert.That(exception!.InnerException, Is.TypeOf<HttpRequestException>());
        Assert.That(exception.StatusCode, Is.Null);
        Assert.That(exception.Message, Does.Contain(MockLogto.TokenUrl).And.Contain("connection refused"));
    }

    [Test]
    public void A_success_without_access_token_is_an_authentication_failure()
    {
        using var stub = new MockLogto(tokenEndpoint: true) { TokenFailure = _ => MockLogto.Json(HttpStatusCode.OK, "{\"expires_in\":3600}") };
        var provider = CreateProvider(stub);

        var exception = Assert.ThrowsAsync<LogtoAuthenticationException>(async () => await provider.GetAccessTokenAsync(CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain("no access_token"));
    }

    [Test]
    public async Task The_cache_key_separates_endpoint_client_resource_and_scope()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var cache = new LogtoTokenCache(stub.Time);
        var http = new HttpClient(stub.Handler);
        ClientCredentialsTokenProvider Provider(Action<LogtoManagementOptions> configure) => new(
            () => http, LogtoManagementSettings.From(stub.Options(configure), "options"), cache, stub.Time, NullLogger.Instance);

        var first = await Provider(_ => { }).GetAccessTokenAsync(CancellationToken.None);
        var same = await Provider(_ => { }).GetAccessTokenAsync(CancellationToken.None);
        var otherScope = await Provider(options => options.Scope = "read").GetAccessTokenAsync(CancellationToken.None);
        var otherResource = await Provider(options => options.Resource = "https://other.example/api").GetAccessTokenAsync(CancellationToken.None);
        var otherClient = await Provider(options => options.ClientId = "another-client").GetAccessTokenAsync(CancellationToken.None);

        Assert.That(same, Is.EqualTo(first));
        Assert.That(new[] { first, otherScope, otherResource, otherClient }, Is.Unique);
        Assert.That(stub.TokenRequests, Has.Count.EqualTo(4));
        Assert.That(
            LogtoManagementSettings.From(stub.Options(), "o").CacheKey,
            Is.Not.EqualTo(LogtoManagementSettings.From(stub.Options(options => options.Endpoint = new Uri("https://other.logto.app")), "o").CacheKey));
    }

    [Test]
    public void Invalid_options_are_refused_before_any_request()
    {
        using var stub = new MockLogto(tokenEndpoint: true);

        var exception = Assert.Throws<ArgumentException>(() => CreateProvider(stub, options => options.ClientSecret = null));

        Assert.That(exception!.ParamName, Is.EqualTo("options"));
        Assert.That(exception.Message, Does.Contain("LogtoManagementOptions.ClientSecret"));
        Assert.That(stub.TokenRequests, Is.Empty);
    }

    private static ClientCredentialsTokenProvider CreateProvider(MockLogto stub, Action<LogtoManagementOptions>? configure = null) =>
        new(new HttpClient(stub.Handler), stub.Options(configure));
}
