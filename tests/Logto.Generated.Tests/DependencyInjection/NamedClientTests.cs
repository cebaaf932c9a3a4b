using System.Net;
using System.Text;
using Logto.Generated.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.DependencyInjection;

/// <summary>Several Logto tenants in one container: named clients, keyed services and the client factory.</summary>
public class NamedClientTests
{
    private const string Default = "default-tenant";
    private const string Staging = "staging";
    private const string Production = "production";

    [Test]
    public async Task Two_named_tenants_and_the_default_resolve_in_one_container_and_never_share_a_token()
    {
        using var stub = new LogtoTenantsStub(Default, Staging, Production);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logto:Production:Endpoint"] = LogtoTenantsStub.Endpoint(Production),
            ["Logto:Production:ClientId"] = LogtoTenantsStub.ClientId(Production),
            ["Logto:Production:ClientSecret"] = LogtoTenantsStub.ClientSecret(Production),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogtoManagementApi(options => stub.Configure(options, Default));
        services.AddLogtoManagementApi(Staging, options => stub.Configure(options, Staging));
        services.AddLogtoManagementApi(Production, configuration.GetSection("Logto:Production"));
        services.Configure<LogtoManagementOptions>(Production, options => options.TimeProvider = stub.Time);
        foreach (var name in new[] { string.Empty, Staging, Production })
        {
            stub.Route(services, name);
        }

        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IStartupValidator>().Validate();

        var clients = new Dictionary<string, ILogtoManagementClient>
        {
            [Default] = provider.GetRequiredService<ILogtoManagementClient>(),
            [Staging] = provider.GetRequiredKeyedService<ILogtoManagementClient>(Staging),
            [Production] = provider.GetRequiredService<ILogtoManagementClientFactory>().Create(Production),
        };
        foreach (var client in clients.Values)
        {
            await client.Users.GetUserAsync("u1");
            await client.Users.GetUserAsync("u2");
        }

        await provider.GetRequiredKeyedService<IUsersClient>(Staging).GetUserAsync("u3");
        await provider.GetRequiredService<IUsersClient>().GetUserAsync("u3");

        foreach (var tenant in clients.Keys)
        {
            var tokenRequest = stub.TokenRequests(tenant).Single();
            Assert.That(tokenRequest.Authorization, Is.EqualTo(Basic(tenant)), $"{tenant} authenticates with its own credentials");
            Assert.That(
                stub.ApiRequests(tenant).Select(request => request.Authorization).Distinct(),
                Is.EqualTo(new[] { "Bearer " + LogtoTenantsStub.Token(tenant, 1) }),
                $"every call to {tenant} carries {tenant}'s token, and only that");
        }

        Assert.That(stub.ApiRequests(Default).Select(request => request.Uri!.AbsolutePath), Is.EqualTo(new[] { "/api/users/u1", "/api/users/u2", "/api/users/u3" }));
        Assert.That(stub.ApiRequests(Staging), Has.Count.EqualTo(3));
        Assert.That(stub.ApiRequests(Production), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Each_named_client_has_its_own_token_cache_even_with_the_same_credentials()
    {
        using var stub = new LogtoTenantsStub(Staging);
        var services = new ServiceCollection();
        services.AddLogtoManagementApi("first", options => stub.Configure(options, Staging));
        services.AddLogtoManagementApi("second", options => stub.Configure(options, Staging));
        stub.Route(services, "first");
        stub.Route(services, "second");
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<IUsersClient>("first").GetUserAsync("u1");
        await provider.GetRequiredKeyedService<IUsersClient>("second").GetUserAsync("u1");
        await provider.GetRequiredKeyedService<IUsersClient>("first").GetUserAsync("u1");

        Assert.That(stub.TokenRequests(Staging), Has.Count.EqualTo(2), "one token per named client");
        Assert.That(
            stub.ApiRequests(Staging).Select(request => request.Authorization),
            Is.EqualTo(new[] { 1, 2, 1 }.Select(number => "Bearer " + LogtoTenantsStub.Token(Staging, number))));
        Assert.That(provider.GetRequiredKeyedService<ILogtoTokenSource>("first"), Is.Not.SameAs(provider.GetRequiredKeyedService<ILogtoTokenSource>("second")));
    }

    [Test]
    public async Task Each_named_client_has_its_own_resilience_pipeline()
    {
        using var stub = new LogtoTenantsStub(Default, Staging);
        var calls = new Dictionary<string, int> { [Default] = 0, [Staging] = 0 };
        foreach (var tenant in calls.Keys)
        {
            stub.Handler.When(HttpMethod.Get, $"{LogtoTenantsStub.Endpoint(tenant)}/api/roles/r1").Respond(_ =>
            {
                lock (calls)
                {
                    calls[tenant]++;
                }

                return MockLogto.Json(HttpStatusCode.ServiceUnavailable, """{"code":"unavailable","message":"Try later."}""");
            });
        }

        var services = new ServiceCollection();
        services.AddLogtoManagementApi(options =>
        {
            stub.Configure(options, Default);
            options.MaxRetryAttempts = 2;
            options.RetryBaseDelay = TimeSpan.Zero;
        });
        services.AddLogtoManagementApi(Staging, options =>
        {
            stub.Configure(options, Staging);
            options.MaxRetryAttempts = 0;
        });
        stub.Route(services, string.Empty);
        stub.Route(services, Staging);
        using var provider = services.BuildServiceProvider();

        var defaultError = Assert.ThrowsAsync<LogtoApiException>(() => provider.GetRequiredService<IRolesClient>().GetRoleAsync("r1").WaitAsync(TestGuard.Guard));
        var stagingError = Assert.ThrowsAsync<LogtoApiException>(() => provider.GetRequiredKeyedService<IRolesClient>(Staging).GetRoleAsync("r1").WaitAsync(TestGuard.Guard));

        Assert.That(defaultError!.StatusCode, Is.EqualTo(503));
        Assert.That(stagingError!.StatusCode, Is.EqualTo(503));
        Assert.That(calls[Default], Is.EqualTo(3), "the unnamed client retries twice");
        Assert.That(calls[Staging], Is.EqualTo(1), "the staging client does not retry");
        await Task.CompletedTask;
    }

    [Test]
    public void Registering_a_name_twice_adds_its_handlers_once_and_keeps_both_configurations()
    {
        using var stub = new LogtoTenantsStub(Staging);
        var calls = 0;
        stub.Handler.When(HttpMethod.Get, $"{LogtoTenantsStub.Endpoint(Staging)}/api/roles/r1").Respond(_ =>
        {
            Interlocked.Increment(ref calls);
            return MockLogto.Json(HttpStatusCode.Unauthorized, "{}");
        });
        var services = new ServiceCollection();
        services.AddLogtoManagementApi(Staging, options => stub.Configure(options, Staging));
        services.AddLogtoManagementApi(Staging, options => options.MaxRetryAttempts = 1);
        stub.Route(services, Staging);
        using var provider = services.BuildServiceProvider();

        Assert.ThrowsAsync<LogtoApiException>(() => provider.GetRequiredKeyedService<IRolesClient>(Staging).GetRoleAsync("r1").WaitAsync(TestGuard.Guard));

        Assert.That(calls, Is.EqualTo(2), "one authentication handler: one request and one renewal");
        Assert.That(provider.GetRequiredService<IOptionsMonitor<LogtoManagementOptions>>().Get(Staging).MaxRetryAttempts, Is.EqualTo(1));
        Assert.That(provider.GetServices<ILogtoManagementClientFactory>().Count(), Is.EqualTo(1));
    }

    [Test]
    public void Keyed_injection_resolves_the_named_client()
    {
        using var stub = new LogtoTenantsStub(Staging);
        var services = new ServiceCollection();
        services.AddLogtoManagementApi(Staging, options => stub.Configure(options, Staging));
        services.AddTransient<StagingConsumer>();
        using var provider = services.BuildServiceProvider();

        var consumer = provider.GetRequiredService<StagingConsumer>();

        Assert.That(consumer.Client, Is.InstanceOf<UnownedLogtoManagementClient>());
        Assert.That(provider.GetService<ILogtoManagementClient>(), Is.Null, "no unnamed client was registered");
        foreach (var (contract, implementation) in LogtoClientCatalog.Clients)
        {
            Assert.That(provider.GetRequiredKeyedService(contract, Staging), Is.InstanceOf(implementation), contract.Name);
        }
    }

    [Test]
    public void Each_named_client_validates_its_own_options_at_start_up()
    {
        var services = new ServiceCollection();
        services.AddLogtoManagementApi(options =>
        {
            options.Endpoint = new Uri("https://tenant.logto.app");
            options.ClientId = "id";
            options.ClientSecret = "valid-secret";
        });
        services.AddLogtoManagementApi(Staging, options =>
        {
            options.Endpoint = new Uri("https://auth.example.com");
            options.ClientId = "id";
            options.ClientSecret = "staging-secret-value";
        });
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(exception!.OptionsName, Is.EqualTo(Staging));
        Assert.That(exception.Message, Does.Contain("'staging'").And.Contain("LogtoManagementOptions.Resource"));
        Assert.That(exception.Message, Does.Not.Contain("staging-secret-value"));
        Assert.That(exception.Failures.Count(), Is.EqualTo(1), "the unnamed client's options are valid");
    }

    [Test]
    public void The_factory_names_the_argument_and_the_registered_clients_for_an_unknown_name()
    {
        var services = new ServiceCollection();
        services.AddLogtoManagementApi(Staging, options => options.Endpoint = new Uri("https://staging.logto.app"));
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<ILogtoManagementClientFactory>();

        var exception = Assert.Throws<ArgumentException>(() => factory.Create("stagnig"));

        Assert.That(exception!.ParamName, Is.EqualTo("name"));
        Assert.That(exception.Message, Does.Contain("'stagnig'").And.Contain("'staging'"));
        Assert.Throws<ArgumentNullException>(() => factory.Create(null!));
        Assert.Throws<ArgumentException>(() => factory.Create(string.Empty), "no unnamed client was registered");
    }

    [Test]
    public void A_named_registration_needs_a_name()
    {
        var services = new ServiceCollection();

        Assert.That(Assert.Throws<ArgumentException>(() => services.AddLogtoManagementApi(" ", _ => { }))!.ParamName, Is.EqualTo("name"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => services.AddLogtoManagementApi((string)null!, _ => { }))!.ParamName, Is.EqualTo("name"));
        Assert.That(services, Is.Empty);
    }

    [Test]
    public void Http_client_names_are_distinct_per_client()
    {
        Assert.That(LogtoManagementServiceCollectionExtensions.GetHttpClientName(string.Empty), Is.EqualTo(LogtoManagementServiceCollectionExtensions.HttpClientName));
        Assert.That(LogtoManagementServiceCollectionExtensions.GetTokenHttpClientName(string.Empty), Is.EqualTo(LogtoManagementServiceCollectionExtensions.TokenHttpClientName));
        Assert.That(LogtoManagementServiceCollectionExtensions.GetHttpClientName(Staging), Is.EqualTo("Logto.Generated.ManagementApi:staging"));
        Assert.That(LogtoManagementServiceCollectionExtensions.GetTokenHttpClientName(Staging), Is.EqualTo("Logto.Generated.TokenEndpoint:staging"));
    }

    private static string Basic(string tenant) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(LogtoTenantsStub.ClientId(tenant) + ":" + LogtoTenantsStub.ClientSecret(tenant)));

    private sealed class StagingConsumer([FromKeyedServices(Staging)] ILogtoManagementClient client)
    {
        public ILogtoManagementClient Client { get; } = client;
    }
}
