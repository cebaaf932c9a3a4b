using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Logto.Generated.Tests.DependencyInjection;

/// <summary>An endpoint that points into Logto's routes (<c>/api</c>, <c>/oidc</c>) is refused with the right value.</summary>
public class EndpointPathValidationTests
{
    [TestCase("https://tenant.logto.app/api", "https://tenant.logto.app/")]
    [TestCase("https://tenant.logto.app/api/", "https://tenant.logto.app/")]
    [TestCase("https://tenant.logto.app/oidc/token", "https://tenant.logto.app/")]
    [TestCase("https://tenant.logto.app/console", "https://tenant.logto.app/")]
    [TestCase("http://localhost:3001/api", "http://localhost:3001/")]
    [TestCase("https://auth.example.com/oidc", "https://auth.example.com/")]
    [TestCase("https://example.com/logto/api", "https://example.com/logto/")]
    [TestCase("https://example.com/logto/API/users", "https://example.com/logto/")]
    public void A_path_into_Logtos_routes_is_refused_with_the_right_value(string endpoint, string root)
    {
        var failures = LogtoManagementOptionsValidator.Check(Options(endpoint));

        Assert.That(failures, Is.EqualTo(new[]
        {
            $"LogtoManagementOptions.Endpoint ({endpoint}) must be the root URL of your Logto: use {root} (the client adds /api/... and /oidc/token itself).",
        }));
    }

    [TestCase("https://tenant.logto.app")]
    [TestCase("https://tenant.logto.app/")]
    [TestCase("https://auth.example.com")]
    [TestCase("https://example.com/logto/")]
    [TestCase("https://example.com/apis/")]
    public void A_root_or_a_reverse_proxy_prefix_is_accepted(string endpoint)
    {
        Assert.That(LogtoManagementOptionsValidator.Check(Options(endpoint)), Is.Empty);
    }

    [Test]
    public void The_host_refuses_to_start_with_the_api_url_of_a_cloud_tenant()
    {
        var services = new ServiceCollection();
        services.AddLogtoManagementApi(options =>
        {
            options.Endpoint = new Uri("https://tenant.logto.app/api");
            options.ClientId = "m2m";
            options.ClientSecret = "endpoint-s3cret-Value";
        });
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<LogtoManagementOptions>>().Value)!;

        Assert.That(exception.Message, Does.Contain("LogtoManagementOptions.Endpoint (https://tenant.logto.app/api)").And.Contain("use https://tenant.logto.app/"));
        Assert.That(exception.Message, Does.Not.Contain("endpoint-s3cret-Value"));
    }

    [Test]
    public void The_account_and_public_clients_check_their_endpoint_too()
    {
        var failures = LogtoManagementOptionsValidator.CheckPipeline(new LogtoClientOptions { Endpoint = new Uri("https://tenant.logto.app/api") });

        Assert.That(failures.Single(), Does.StartWith("LogtoClientOptions.Endpoint (https://tenant.logto.app/api) must be the root URL"));
    }

    private static LogtoManagementOptions Options(string endpoint) => new()
    {
        Endpoint = new Uri(endpoint),
        ClientId = "m2m",
        ClientSecret = "secret",
        Resource = LogtoManagementOptions.SelfHostedResource,
    };
}
