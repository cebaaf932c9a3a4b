using System.Net;
using Logto.Generated.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.HealthChecks;

/// <summary>
/// A token endpoint that answers 404 (nothing there: Endpoint points elsewhere than Logto's root) is reported as a wrong
/// endpoint, in the exception and in the health check, not as refused credentials.
/// </summary>
public class WrongEndpointTests
{
    private static readonly string TokenUrl = $"{MockLogto.Origin}/oidc/token";

    [Test]
    public void A_404_from_the_token_endpoint_names_the_endpoint_as_wrong()
    {
        using var stub = NotFoundStub();
        using var provider = BuildProvider(stub, services => { });

        var exception = Assert.ThrowsAsync<LogtoAuthenticationException>(
            () => provider.GetRequiredService<IUsersClient>().GetUserAsync("u1").WaitAsync(TestGuard.Guard))!;

        Assert.That(exception.StatusCode, Is.EqualTo(404));
        Assert.That(exception.Message, Is.EqualTo(
            $"Logto's token endpoint {TokenUrl} was not found (HTTP 404; request id req-404): the Endpoint option is probably wrong. "
            + "It must be the root URL of your Logto, such as https://your-tenant.logto.app (without /api or /oidc), "
            + "from which the client calls {Endpoint}/oidc/token and {Endpoint}/api/...."));
        Assert.That(exception.Message, Does.Not.Contain("refused").And.Not.Contain(MockLogto.ClientSecret));
    }

    [Test]
    public async Task The_health_check_says_to_check_the_endpoint_not_the_credentials()
    {
        using var stub = NotFoundStub();
        using var provider = BuildProvider(stub, services => services.AddHealthChecks().AddLogtoManagementApi());

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync().WaitAsync(TestGuard.Guard);
        var entry = report.Entries["logto"];

        Assert.That(entry.Status, Is.EqualTo(HealthStatus.Unhealthy));
        Assert.That(entry.Description, Does.StartWith("Logto's token endpoint was not found: check Endpoint, not the credentials: Logto's token endpoint "));
        Assert.That(entry.Description, Does.Not.Contain("refused the client credentials"));
        Assert.That(entry.Data["status"], Is.EqualTo(404));
    }

    [Test]
    public void A_401_is_still_reported_as_refused_credentials()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        stub.Handler.Clear();
        stub.Handler.When(HttpMethod.Post, TokenUrl).Respond(_ => MockLogto.Json(HttpStatusCode.Unauthorized, Fixtures.RealLogto("error-token-invalid-client.json")));
        using var provider = BuildProvider(stub, services => { });

        var exception = Assert.ThrowsAsync<LogtoAuthenticationException>(
            () => provider.GetRequiredService<IUsersClient>().GetUserAsync("u1").WaitAsync(TestGuard.Guard))!;

        Assert.That(exception.Message, Does.Contain("refused to issue an access token (HTTP 401"));
    }

    private static MockLogto NotFoundStub()
    {
        var stub = new MockLogto(tokenEndpoint: true);
        stub.Handler.Clear();
        // What Logto (or a proxy in front of it) answers for a path it does not serve.
        stub.Handler.When(HttpMethod.Post, TokenUrl).Respond(_ => MockLogto.Json(HttpStatusCode.NotFound, "Not Found", ("Logto-Core-Request-Id", "req-404")));
        return stub;
    }

    private static ServiceProvider BuildProvider(MockLogto stub, Action<IServiceCollection> more)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLogtoManagementApi(options =>
        {
            stub.Configure(options);
            options.MaxRetryAttempts = 0;
        });
        stub.Route(services, string.Empty);
        more(services);
        return services.BuildServiceProvider();
    }
}
