using System.Diagnostics;
using System.Net;
using Logto.Generated.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Telemetry;

/// <summary>Spans and metrics of the Logto.Generated activity source and meter, seen through real listeners.</summary>
public class LogtoTelemetryTests
{
    private const string Host = "tenant.logto.app";
    private const string RoleId = "9elt2l8tuo83re665sv1s";
    private static readonly string RoleUrl = $"{MockLogto.Origin}/api/roles/{RoleId}";

    [Test]
    public async Task A_call_with_one_retry_and_a_token_fetch_shows_its_spans_and_metrics_without_secrets_or_ids()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var attempts = 0;
        stub.Handler.When(HttpMethod.Get, RoleUrl).Respond(_ =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                stub.Time.Advance(TimeSpan.FromSeconds(1.5));
                return MockLogto.Json(HttpStatusCode.ServiceUnavailable, """{"code":"unavailable","message":"Busy."}""", ("Logto-Core-Request-Id", "req-first"));
            }

            return MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("responses/GetRole.json"), ("Logto-Core-Request-Id", "req-second"));
        });
        using var telemetry = new TelemetryCapture(Host);
        using var provider = BuildProvider(stub);

        var role = await provider.GetRequiredService<IRolesClient>().GetRoleAsync(RoleId).WaitAsync(TestGuard.Guard);

        Assert.That(role.Id, Is.EqualTo(RoleId));
        Assert.That(telemetry.Spans.Select(span => span.OperationName), Is.EquivalentTo(new[] { "GetRole", "RequestToken" }));
        var operation = telemetry.Span("GetRole");
        Assert.That(Tags(operation), Is.EquivalentTo(new Dictionary<string, object?>
        {
            ["logto.operation.id"] = "GetRole",
            ["http.request.method"] = "GET",
            ["url.template"] = "/api/roles/{id}",
            ["server.address"] = Host,
            ["http.response.status_code"] = 200,
            ["logto.request.id"] = "req-second",
            ["logto.attempt.count"] = 2,
        }));
        Assert.That(operation.Status, Is.EqualTo(ActivityStatusCode.Unset));
        Assert.That(operation.ParentId, Is.Not.Null, "the span joins the caller's trace");

        var token = telemetry.Span("RequestToken");
        Assert.That(token.ParentSpanId, Is.EqualTo(operation.SpanId), "the token fetch happens within the operation");
        Assert.That(Tags(token), Is.EquivalentTo(new Dictionary<string, object?>
        {
            ["logto.operation.id"] = "RequestToken",
            ["http.request.method"] = "POST",
            ["url.template"] = "/oidc/token",
            ["server.address"] = Host,
            ["logto.token.reason"] = "uncached",
            ["http.response.status_code"] = 200,
            ["logto.attempt.count"] = 1,
        }));

        var duration = telemetry.Measurements(LogtoTelemetry.OperationDurationMetric).Single();
        Assert.That(duration.Value, Is.EqualTo(1.5), "seconds, from the first attempt to the last response");
        Assert.That(duration.Tags, Is.EquivalentTo(new Dictionary<string, object?>
        {
            ["logto.operation.id"] = "GetRole",
            ["http.request.method"] = "GET",
            ["server.address"] = Host,
            ["logto.response.status_class"] = "2xx",
        }));
        var tokenCount = telemetry.Measurements(LogtoTelemetry.TokenRequestsMetric).Single();
        Assert.That(tokenCount.Value, Is.EqualTo(1));
        Assert.That(tokenCount.Tags["logto.token.outcome"], Is.EqualTo("success"));
        var retry = telemetry.Measurements(LogtoTelemetry.RetriesMetric).Single();
        Assert.That(retry.Value, Is.EqualTo(1));
        Assert.That(retry.Tags, Is.EquivalentTo(new Dictionary<string, object?>
        {
            ["logto.operation.id"] = "GetRole",
            ["http.request.method"] = "GET",
            ["server.address"] = Host,
            ["error.type"] = "503",
        }));

        AssertNothingSensitive(telemetry);
    }

    [Test]
    public async Task A_Logto_error_tags_its_code_status_and_request_id()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        stub.Handler.When(HttpMethod.Get, RoleUrl).Respond(_ =>
            MockLogto.Json(HttpStatusCode.NotFound, Fixtures.RealLogto("error-not-found.json"), ("Logto-Core-Request-Id", "req-404")));
        using var telemetry = new TelemetryCapture(Host);
        using var provider = BuildProvider(stub);

        Assert.ThrowsAsync<LogtoApiException>(() => provider.GetRequiredService<IRolesClient>().GetRoleAsync(RoleId).WaitAsync(TestGuard.Guard));

        var operation = telemetry.Span("GetRole");
        Assert.That(operation.Status, Is.EqualTo(ActivityStatusCode.Error));
        Assert.That(operation.GetTagItem("http.response.status_code"), Is.EqualTo(404));
        Assert.That(operation.GetTagItem("logto.error.code"), Is.EqualTo("entity.not_found"));
        Assert.That(operation.GetTagItem("logto.request.id"), Is.EqualTo("req-404"));
        Assert.That(operation.GetTagItem("error.type"), Is.EqualTo("404"));
        Assert.That(operation.GetTagItem("logto.attempt.count"), Is.EqualTo(1));
        var duration = telemetry.Measurements(LogtoTelemetry.OperationDurationMetric).Single();
        Assert.That(duration.Tags["logto.response.status_class"], Is.EqualTo("4xx"));
        Assert.That(duration.Tags["error.type"], Is.EqualTo("404"));
        Assert.That(telemetry.Measurements(LogtoTelemetry.RetriesMetric), Is.Empty);
        AssertNothingSensitive(telemetry);
        await Task.CompletedTask;
    }

    [Test]
    public async Task A_refused_token_request_is_counted_and_tagged_with_the_OAuth_error_only()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        using var telemetry = new TelemetryCapture(Host);
        var services = new ServiceCollection();
        services.AddLogtoManagementApi(options => stub.Configure(options));
        stub.Route(services, string.Empty);
        stub.Handler.Clear();
        stub.Handler.When(HttpMethod.Post, $"{MockLogto.Origin}/oidc/token").Respond(_ =>
            MockLogto.Json(HttpStatusCode.Unauthorized, Fixtures.RealLogto("error-token-invalid-client.json"), ("Logto-Core-Request-Id", "req-token")));
        using var provider = services.BuildServiceProvider();

        Assert.ThrowsAsync<LogtoAuthenticationException>(() => provider.GetRequiredService<IRolesClient>().GetRoleAsync(RoleId).WaitAsync(TestGuard.Guard));

        var token = telemetry.Span("RequestToken");
        Assert.That(token.Status, Is.EqualTo(ActivityStatusCode.Error));
        Assert.That(token.GetTagItem("error.type"), Is.EqualTo("invalid_client"));
        Assert.That(token.GetTagItem("http.response.status_code"), Is.EqualTo(401));
        Assert.That(token.GetTagItem("logto.request.id"), Is.EqualTo("req-token"));
        Assert.That(telemetry.Span("GetRole").GetTagItem("error.type"), Is.EqualTo(typeof(LogtoAuthenticationException).FullName));
        var count = telemetry.Measurements(LogtoTelemetry.TokenRequestsMetric).Single();
        Assert.That(count.Tags, Is.EquivalentTo(new Dictionary<string, object?>
        {
            ["server.address"] = Host,
            ["logto.token.outcome"] = "failure",
            ["error.type"] = "invalid_client",
        }));
        Assert.That(telemetry.Measurements(LogtoTelemetry.OperationDurationMetric).Single().Tags.ContainsKey("logto.response.status_class"), Is.False, "no response came back");
        foreach (var value in telemetry.AllTagValues())
        {
            Assert.That(value, Does.Not.Contain(MockLogto.ClientSecret).And.Not.Contain(MockLogto.ClientId).And.Not.Contain("nope"));
        }

        await Task.CompletedTask;
    }

    [Test]
    public async Task Token_request_retries_are_counted_under_RequestToken()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var tokenAttempts = 0;
        stub.Handler.Clear();
        stub.Handler.When(HttpMethod.Post, $"{MockLogto.Origin}/oidc/token").Respond(_ => Interlocked.Increment(ref tokenAttempts) == 1
            ? MockLogto.Json(HttpStatusCode.BadGateway, "{}")
            : MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("token-response.json").Replace("<redacted>", "access-token-retried", StringComparison.Ordinal)));
        stub.Handler.When(HttpMethod.Get, RoleUrl).Respond(_ => MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("responses/GetRole.json")));
        using var telemetry = new TelemetryCapture(Host);
        using var provider = BuildProvider(stub);

        await provider.GetRequiredService<IRolesClient>().GetRoleAsync(RoleId).WaitAsync(TestGuard.Guard);

        Assert.That(telemetry.Span("RequestToken").GetTagItem("logto.attempt.count"), Is.EqualTo(2));
        Assert.That(telemetry.Span("GetRole").GetTagItem("logto.attempt.count"), Is.EqualTo(1));
        var retry = telemetry.Measurements(LogtoTelemetry.RetriesMetric).Single();
        Assert.That(retry.Tags["logto.operation.id"], Is.EqualTo("RequestToken"));
        Assert.That(retry.Tags["error.type"], Is.EqualTo("502"));
        AssertNothingSensitive(telemetry);
    }

    [Test]
    public async Task A_request_without_an_operation_has_no_span_and_no_duration()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        stub.Handler.When(HttpMethod.Get, $"{MockLogto.Origin}/api/custom").Respond(HttpStatusCode.OK);
        using var telemetry = new TelemetryCapture(Host);
        using var provider = BuildProvider(stub);
        var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient(LogtoManagementServiceCollectionExtensions.HttpClientName);

        using var response = await client.GetAsync(new Uri("api/custom", UriKind.Relative)).WaitAsync(TestGuard.Guard);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(telemetry.Spans.Select(span => span.OperationName), Is.EqualTo(new[] { "RequestToken" }));
        Assert.That(telemetry.Measurements(LogtoTelemetry.OperationDurationMetric), Is.Empty);
    }

    [Test]
    public async Task A_client_made_without_dependency_injection_is_traced_too()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        stub.Handler.When(HttpMethod.Get, RoleUrl).Respond(_ => MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("responses/GetRole.json")));
        using var telemetry = new TelemetryCapture(Host);
        var options = new LogtoManagementOptions();
        stub.Configure(options);
        var client = LogtoManagementClient.Create(options, stub.Handler);

        await client.Roles.GetRoleAsync(RoleId).WaitAsync(TestGuard.Guard);

        Assert.That(telemetry.Spans.Select(span => span.OperationName), Is.EquivalentTo(new[] { "GetRole", "RequestToken" }));
        Assert.That(telemetry.Span("GetRole").GetTagItem("logto.attempt.count"), Is.EqualTo(1));
        Assert.That(telemetry.Measurements(LogtoTelemetry.OperationDurationMetric), Has.Count.EqualTo(1));
        Assert.That(telemetry.Measurements(LogtoTelemetry.TokenRequestsMetric), Has.Count.EqualTo(1));
    }

    private static ServiceProvider BuildProvider(MockLogto stub)
    {
        var services = new ServiceCollection();
        services.AddLogtoManagementApi(options =>
        {
            stub.Configure(options);
            options.RetryBaseDelay = TimeSpan.Zero;
        });
        stub.Route(services, string.Empty);
        return services.BuildServiceProvider();
    }

    private static Dictionary<string, object?> Tags(Activity span) => span.TagObjects.ToDictionary(tag => tag.Key, tag => tag.Value);

    private static void AssertNothingSensitive(TelemetryCapture telemetry)
    {
        foreach (var value in telemetry.AllTagValues())
        {
            Assert.That(value, Does.Not.Contain(RoleId), "no concrete id");
            Assert.That(value, Does.Not.Contain(MockLogto.ClientSecret), "no secret");
            Assert.That(value, Does.Not.Contain("access-token"), "no token");
            Assert.That(value, Does.Not.Contain("portal admins").And.Not.Contain("Busy."), "no body");
        }
    }
}
