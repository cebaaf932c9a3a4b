using Microsoft.Extensions.DependencyInjection;

namespace Logto.Generated.Tests.DependencyInjection;

/// <summary>One per-tenant hook configures the primary handler of every HTTP client of that tenant, and only of that tenant.</summary>
public class PrimaryHandlerHookTests
{
    [Test]
    public void The_hook_configures_the_primary_handler_of_each_of_the_tenants_http_clients()
    {
        var configured = new List<(string Tenant, HttpMessageHandler Handler)>();
        var services = new ServiceCollection();
        foreach (var tenant in new[] { "a", "b" })
        {
            services.AddLogtoManagementApi(tenant, options =>
            {
                options.Endpoint = new Uri($"https://{tenant}.logto.app");
                options.ClientId = "id";
                options.ClientSecret = "secret";
                options.ConfigurePrimaryHandler = handler => configured.Add((tenant, handler));
            });
        }

        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IHttpClientFactory>();
        foreach (var name in new[]
                 {
                     LogtoManagementServiceCollectionExtensions.GetHttpClientName("a"),
                     LogtoManagementServiceCollectionExtensions.GetTokenHttpClientName("a"),
                     LogtoManagementServiceCollectionExtensions.GetPublicHttpClientName("a"),
                     LogtoManagementServiceCollectionExtensions.GetAccountHttpClientName("a"),
                 })
        {
            using var client = factory.CreateClient(name);
        }

        Assert.That(configured.Select(c => c.Tenant), Is.EqualTo(new[] { "a", "a", "a", "a" }));
        Assert.That(configured.Select(c => c.Handler).Distinct().Count(), Is.EqualTo(4), "one primary handler per HTTP client");
    }

    [Test]
    public void The_hook_configures_the_handler_a_Create_method_makes()
    {
        HttpMessageHandler? configured = null;
        using var client = LogtoPublicClient.Create(new LogtoClientOptions
        {
            Endpoint = new Uri("https://tenant.logto.app"),
            ConfigurePrimaryHandler = handler => configured = handler,
        });

        Assert.That(configured, Is.InstanceOf<SocketsHttpHandler>());
    }
}
