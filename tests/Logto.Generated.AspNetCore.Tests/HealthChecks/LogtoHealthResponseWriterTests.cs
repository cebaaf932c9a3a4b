using System.Net;
using Logto.Generated.AspNetCore.Tests.TestSupport;
using Logto.Generated.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.AspNetCore.Tests.HealthChecks;

/// <summary><see cref="LogtoHealthResponseWriter"/> on the test server: each check's details, and never a secret.</summary>
public sealed class LogtoHealthResponseWriterTests
{
    private const string Secret = EndpointUnderTest.ClientSecret;

    [Test]
    public async Task Each_check_is_written_with_its_status_description_and_data()
    {
        await using var app = await StartAsync(checks => { });

        var (status, body) = await app.GetAsync();

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        var report = JObject.Parse(body);
        Assert.That((string?)report["status"], Is.EqualTo("Healthy"));
        var logto = report["checks"]!["logto"]!;
        Assert.That((string?)logto["status"], Is.EqualTo("Healthy"));
        Assert.That((string?)logto["description"], Is.EqualTo("Logto issued a token and answered GET /api/configs/admin-console with HTTP 200."));
        Assert.That(logto["data"]!["client"]!.Value<string>(), Is.EqualTo("(unnamed)"));
        Assert.That(logto["data"]!["status"]!.Type, Is.EqualTo(JTokenType.Integer));
        Assert.That(logto["data"]!["status"]!.Value<int>(), Is.EqualTo(200));
        Assert.That(logto["data"]!["endpoint"]!.Value<string>(), Is.EqualTo(app.Logto.Endpoint.AbsoluteUri.TrimEnd('/')));
        Assert.That(logto["tags"]!.Values<string>(), Is.EqualTo(new[] { "ready" }));
        Assert.That(logto["durationMs"]!.Type, Is.AnyOf(JTokenType.Integer, JTokenType.Float));
    }

    [Test]
    public async Task A_check_that_leaks_the_client_secret_is_redacted()
    {
        await using var app = await StartAsync(checks => checks.AddCheck("leaky", () => HealthCheckResult.Unhealthy(
            $"connected with {Secret}",
            new InvalidOperationException("failed with " + Secret),
            new Dictionary<string, object> { ["clientSecret"] = "another-value", ["note"] = $"secret={Secret};", ["apiToken"] = 12, ["retries"] = 2 })));

        var (status, body) = await app.GetAsync();

        Assert.That(status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(body, Does.Not.Contain(Secret).And.Not.Contain("another-value").And.Not.Contain("failed with"));
        var leaky = JObject.Parse(body)["checks"]!["leaky"]!;
        Assert.That((string?)leaky["status"], Is.EqualTo("Unhealthy"));
        Assert.That((string?)leaky["description"], Is.EqualTo("connected with [redacted]"));
        Assert.That((string?)leaky["exception"], Is.EqualTo("System.InvalidOperationException"));
        Assert.That(leaky["data"]!.ToString(Newtonsoft.Json.Formatting.None), Is.EqualTo("""{"clientSecret":"[redacted]","note":"secret=[redacted];","apiToken":"[redacted]","retries":2}"""));
    }

    [Test]
    public async Task A_failing_Logto_check_shows_why_without_the_secret()
    {
        // A token endpoint that is not there (404): the writer shows the check's reason, which names the endpoint.
        await using var app = await StartAsync(checks => { }, endpointSuffix: "logto-prefix/");

        var (status, body) = await app.GetAsync();

        Assert.That(status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        var logto = JObject.Parse(body)["checks"]!["logto"]!;
        Assert.That((string?)logto["description"], Does.StartWith("Logto's token endpoint was not found: check Endpoint"));
        Assert.That((string?)logto["exception"], Is.EqualTo(typeof(LogtoAuthenticationException).FullName));
        Assert.That(body, Does.Not.Contain(Secret));
    }

    [Test]
    public void Null_arguments_are_refused()
    {
        Assert.That(() => LogtoHealthResponseWriter.WriteAsync(null!, new HealthReport(new Dictionary<string, HealthReportEntry>(), TimeSpan.Zero)),
            Throws.ArgumentNullException.With.Property("ParamName").EqualTo("context"));
        Assert.That(() => LogtoHealthResponseWriter.WriteAsync(new DefaultHttpContext(), null!),
            Throws.ArgumentNullException.With.Property("ParamName").EqualTo("report"));
    }

    private static async Task<HealthApp> StartAsync(Action<IHealthChecksBuilder> more, string endpointSuffix = "")
    {
        var logto = new FakeLogto(new FakeLogtoOptions { ClientSecret = Secret });
        await logto.StartServerAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddLogtoManagementApi(options =>
        {
            logto.Configure(options);
            options.Endpoint = new Uri(logto.Endpoint, endpointSuffix);
            options.MaxRetryAttempts = 0;
        }).AddHttpMessageHandler(() => new AdminConsoleProbe());
        var checks = builder.Services.AddHealthChecks().AddLogtoManagementApi(configure: check => check.Tags.Add("ready"));
        more(checks);
        var app = builder.Build();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = LogtoHealthResponseWriter.WriteAsync });
        await app.StartAsync();
        return new HealthApp(app, logto);
    }

    private sealed class HealthApp(WebApplication app, FakeLogto logto) : IAsyncDisposable
    {
        private readonly HttpClient _client = app.GetTestClient();

        public FakeLogto Logto => logto;

        public async Task<(HttpStatusCode Status, string Body)> GetAsync()
        {
            using var response = await _client.GetAsync("/healthz");
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        public async ValueTask DisposeAsync()
        {
            _client.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
            await logto.DisposeAsync();
        }
    }
}
