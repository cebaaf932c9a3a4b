using System.Net;
using System.Net.Sockets;
using Logto.Generated.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.HealthChecks;

/// <summary>The health check of a client: a token, then one cheap authenticated call, judged with its reason.</summary>
public class LogtoManagementHealthCheckTests
{
    private static readonly string ProbeUrl = $"{MockLogto.Origin}/api/configs/admin-console";

    [Test]
    public async Task Healthy_when_Logto_issues_a_token_and_answers_the_probe()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var probes = new ResponseQueue(stub.Time, () => MockLogto.Json(
            HttpStatusCode.OK, Fixtures.RealLogto("responses/GetAdminConsoleConfig.json"), ("Logto-Core-Request-Id", "req-ok")));
        stub.Handler.When(HttpMethod.Get, ProbeUrl).Respond(probes.RespondAsync);
        using var provider = BuildProvider(stub, string.Empty, checks => checks.AddLogtoManagementApi());

        var entry = await CheckAsync(provider, "logto");

        Assert.That(entry.Status, Is.EqualTo(HealthStatus.Healthy), entry.Description);
        Assert.That(entry.Description, Is.EqualTo("Logto issued a token and answered GET /api/configs/admin-console with HTTP 200."));
        Assert.That(entry.Data["status"], Is.EqualTo(200));
        Assert.That(entry.Data["requestId"], Is.EqualTo("req-ok"));
        Assert.That(entry.Data["endpoint"], Is.EqualTo(MockLogto.Origin));
        Assert.That(probes.Requests.Single().Authorization, Is.EqualTo("Bearer " + MockLogto.Token(1)));
        Assert.That(stub.TokenRequests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Unhealthy_on_bad_credentials_without_the_secret()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        stub.Handler.Clear();
        stub.Handler.When(HttpMethod.Post, $"{MockLogto.Origin}/oidc/token").Respond(_ => MockLogto.Json(
            HttpStatusCode.Unauthorized,
            Fixtures.RealLogto("error-token-invalid-client.json").Replace("nope", MockLogto.ClientSecret, StringComparison.Ordinal),
            ("Logto-Core-Request-Id", "req-bad")));
        using var provider = BuildProvider(stub, string.Empty, checks => checks.AddLogtoManagementApi());

        var entry = await CheckAsync(provider, "logto");

        Assert.That(entry.Status, Is.EqualTo(HealthStatus.Unhealthy));
        Assert.That(entry.Description, Does.StartWith("Logto refused the client credentials").And.Contain("HTTP 401").And.Contain("invalid_client"));
        Assert.That(entry.Data["status"], Is.EqualTo(401));
        Assert.That(entry.Data["code"], Is.EqualTo("oidc.invalid_client"));
        Assert.That(entry.Data["requestId"], Is.EqualTo("req-bad"));
        Assert.That(entry.Exception, Is.InstanceOf<LogtoAuthenticationException>());
        AssertNoSecret(entry, MockLogto.ClientSecret);
    }

    [Test]
    public async Task Unhealthy_when_Logto_is_unreachable()
    {
        var closedPort = ClosedLoopbackPort();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLogtoManagementApi(options =>
        {
            options.Endpoint = new Uri($"http://127.0.0.1:{closedPort}");
            options.ClientId = "health-client";
            options.ClientSecret = "unreachable-s3cret-Value";
            options.Resource = LogtoManagementOptions.SelfHostedResource;
            options.MaxRetryAttempts = 0;
        });
        services.AddHealthChecks().AddLogtoManagementApi();
        using var provider = services.BuildServiceProvider();

        var entry = await CheckAsync(provider, "logto");

        Assert.That(entry.Status, Is.EqualTo(HealthStatus.Unhealthy));
        Assert.That(entry.Description, Does.StartWith("Logto's token endpoint is unreachable"));
        Assert.That(entry.Exception?.InnerException, Is.InstanceOf<HttpRequestException>());
        Assert.That(entry.Data.ContainsKey("status"), Is.False);
        AssertNoSecret(entry, "unreachable-s3cret-Value");
    }

    [Test]
    public async Task Unhealthy_when_the_API_is_unreachable_after_a_token_was_issued()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        stub.Handler.When(HttpMethod.Get, ProbeUrl).Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (health.logto.app:443)"));
        using var provider = BuildProvider(stub, string.Empty, checks => checks.AddLogtoManagementApi(), retries: 0);

        var entry = await CheckAsync(provider, "logto");

        Assert.That(entry.Status, Is.EqualTo(HealthStatus.Unhealthy));
        Assert.That(entry.Description, Does.StartWith("Logto is unreachable: "));
        Assert.That(stub.TokenRequests, Has.Count.EqualTo(1));
        AssertNoSecret(entry, MockLogto.ClientSecret);
    }

    [Test]
    public async Task Unhealthy_on_a_server_error_with_Logto_code_and_request_id()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        stub.Handler.When(HttpMethod.Get, ProbeUrl).Respond(_ => MockLogto.Json(
            HttpStatusCode.ServiceUnavailable, """{"code":"internal.database_unavailable","message":"Down."}""", ("Logto-Core-Request-Id", "req-503")));
        using var provider = BuildProvider(stub, string.Empty, checks => checks.AddLogtoManagementApi(configure: check => check.FailureStatus = HealthStatus.Degraded), retries: 0);

        var entry = await CheckAsync(provider, "logto");

        Assert.That(entry.Status, Is.EqualTo(HealthStatus.Degraded), "the registration's failure status");
        Assert.That(entry.Description, Is.EqualTo("Logto failed with a server error: it answered GET /api/configs/admin-console with HTTP 503 internal.database_unavailable."));
        Assert.That(entry.Data["status"], Is.EqualTo(503));
        Assert.That(entry.Data["code"], Is.EqualTo("internal.database_unavailable"));
        Assert.That(entry.Data["requestId"], Is.EqualTo("req-503"));
    }

    [Test]
    public async Task Unhealthy_when_the_token_lacks_Management_API_access()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        stub.Handler.When(HttpMethod.Get, ProbeUrl).Respond(_ => MockLogto.Json(
            HttpStatusCode.Forbidden, """{"code":"auth.forbidden","message":"Forbidden."}"""));
        using var provider = BuildProvider(stub, string.Empty, checks => checks.AddLogtoManagementApi());

        var entry = await CheckAsync(provider, "logto");

        Assert.That(entry.Status, Is.EqualTo(HealthStatus.Unhealthy));
        Assert.That(entry.Description, Does.StartWith("Logto denied the Management API to this application").And.Contain("HTTP 403 auth.forbidden"));
    }

    [Test]
    public async Task A_named_client_has_its_own_check()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var probes = new ResponseQueue(stub.Time, () => MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("responses/GetAdminConsoleConfig.json")));
        stub.Handler.When(HttpMethod.Get, ProbeUrl).Respond(probes.RespondAsync);
        using var provider = BuildProvider(stub, "staging", checks => checks.AddLogtoManagementApi("staging", check => check.Tags.Add("ready")).AddLogtoManagementApi("missing"));

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync().WaitAsync(TestGuard.Guard);

        Assert.That(report.Entries["logto-staging"].Status, Is.EqualTo(HealthStatus.Healthy));
        Assert.That(report.Entries["logto-staging"].Tags, Is.EqualTo(new[] { "ready" }));
        Assert.That(report.Entries["logto-staging"].Data["client"], Is.EqualTo("staging"));
        Assert.That(report.Entries["logto-missing"].Status, Is.EqualTo(HealthStatus.Unhealthy));
        Assert.That(report.Entries["logto-missing"].Description, Does.Contain("'missing'").And.Contain("'staging'"));
        Assert.That(probes.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void A_client_name_must_not_be_blank()
    {
        var checks = new ServiceCollection().AddHealthChecks();

        Assert.That(Assert.Throws<ArgumentException>(() => checks.AddLogtoManagementApi(" "))!.ParamName, Is.EqualTo("clientName"));
    }

    private static ServiceProvider BuildProvider(MockLogto stub, string name, Action<IHealthChecksBuilder> addChecks, int retries = 3)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        Action<LogtoManagementOptions> configure = options =>
        {
            stub.Configure(options);
            options.MaxRetryAttempts = retries;
        };
        if (name.Length == 0)
        {
            services.AddLogtoManagementApi(configure);
        }
        else
        {
            services.AddLogtoManagementApi(name, configure);
        }

        stub.Route(services, name);
        addChecks(services.AddHealthChecks());
        return services.BuildServiceProvider();
    }

    private static async Task<HealthReportEntry> CheckAsync(IServiceProvider provider, string checkName)
    {
        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync().WaitAsync(TestGuard.Guard);
        return report.Entries[checkName];
    }

    private static void AssertNoSecret(HealthReportEntry entry, string secret)
    {
        Assert.That(entry.Description, Does.Not.Contain(secret));
        Assert.That(entry.Exception?.ToString() ?? string.Empty, Does.Not.Contain(secret));
        Assert.That(string.Join(";", entry.Data.Select(item => $"{item.Key}={item.Value}")), Does.Not.Contain(secret));
        Assert.That((entry.Exception as LogtoAuthenticationException)?.ResponseBody ?? string.Empty, Does.Not.Contain(secret));
    }

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
