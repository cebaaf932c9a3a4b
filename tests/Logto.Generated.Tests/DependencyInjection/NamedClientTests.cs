using Logto.Generated.Testing;
using Logto.Generated.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
        await using var tenants = new FakeTenants(Default, Staging, Production);
        var production = tenants[Production];
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logto:Production:Endpoint"] = production.Endpoint.AbsoluteUri,
            ["Logto:Production:ClientId"] = production.ClientId,
            ["Logto:Production:ClientSecret"] = production.ClientSecret,
            ["Logto:Production:Resource"] = FakeLogto.ManagementResource,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogtoManagementApi(tenants[Default].Configure);
        services.AddLogtoManagementApi(Staging, tenants[Staging].Configure);
        services.AddLogtoManagementApi(Production, configuration.GetSection("Logto:Production"));
        tenants.Route(services, string.Empty, Default);
        tenants.Route(services, Staging, Staging);
        tenants.Route(services, Production, Production);
        var users = tenants.SeedUsers("u1", "u2", "u3");

        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IStartupValidator>().Validate();

        var clients = new Dictionary<string, ILogtoManagementClient>
        {
            [Default] = provider.GetRequiredService<ILogtoManagementClient>(),
            [Staging] = provider.GetRequiredKeyedService<ILogtoManagementClient>(Staging),
            [Production] = provider.GetRequiredService<ILogtoManagementClientFactory>().Create(Production),
        };
        foreach (var (tenant, client) in clients)
        {
            Assert.That((await client.Users.GetUserAsync(users[tenant]["u1"])).Username, Is.EqualTo("u1"), tenant);
            Assert.That((await client.Users.GetUserAsync(users[tenant]["u2"])).Username, Is.EqualTo("u2"), tenant);
        }

        await provider.GetRequiredKeyedService<IUsersClient>(Staging).GetUserAsync(users[Staging]["u3"]);
        await provider.GetRequiredService<IUsersClient>().GetUserAsync(users[Default]["u3"]);

        // Each fake accepts only its own client's credentials and only the tokens it signed: one token request per
        // tenant and no refused call means that every call to a tenant carried that tenant's token.
        foreach (var tenant in clients.Keys)
        {
            Assert.That(tenants.TokenRequests(tenant), Has.Count.EqualTo(1), $"{tenant} fetched one token");
            Assert.That(tenants[tenant].Requests.Select(request => request.Status).Distinct(), Is.EqualTo(new[] { 200 }), $"{tenant} refused nothing");
        }

        Assert.That(
            tenants.ApiRequests(Default).Select(request => request.Path),
            Is.EqualTo(new[] { "u1", "u2", "u3" }.Select(user => "/api/users/" + users[Default][user])));
        Assert.That(tenants.ApiRequests(Staging), Has.Count.EqualTo(3));
        Assert.That(tenants.ApiRequests(Production), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Each_named_client_has_its_own_token_cache_even_with_the_same_credentials()
    {
        await using var tenants = new FakeTenants(Staging);
        var services = new ServiceCollection();
        services.AddLogtoManagementApi("first", tenants[Staging].Configure);
        services.AddLogtoManagementApi("second", tenants[Staging].Configure);
        tenants.Route(services, "first", Staging);
        tenants.Route(services, "second", Staging);
        var user = tenants.SeedUsers("u1")[Staging]["u1"];
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<IUsersClient>("first").GetUserAsync(user);
        await provider.GetRequiredKeyedService<IUsersClient>("second").GetUserAsync(user);
        await provider.GetRequiredKeyedService<IUsersClient>("first").GetUserAsync(user);

        Assert.That(tenants.TokenRequests(Staging), Has.Count.EqualTo(2), "one token per named client, the first one's reused");
        Assert.That(tenants.ApiRequests(Staging).Select(request => request.Status), Is.EqualTo(new[] { 200, 200, 200 }));
        var first = await provider.GetRequiredKeyedService<ILogtoTokenSource>("first").GetAccessTokenAsync(CancellationToken.None);
        var second = await provider.GetRequiredKeyedService<ILogtoTokenSource>("second").GetAccessTokenAsync(CancellationToken.None);
        Assert.That(first, Is.Not.EqualTo(second));
        Assert.That(tenants.TokenRequests(Staging), Has.Count.EqualTo(2), "both tokens came from the caches");
    }

    [Test]
    public async Task Each_named_client_has_its_own_resilience_pipeline()
    {
        await using var tenants = new FakeTenants(Default, Staging);
        foreach (var tenant in new[] { Default, Staging })
        {
            tenants[tenant].InjectFault("GetRole", FakeLogtoFault.Error(503, "unavailable", "Try later."), times: 10);
        }

        var services = new ServiceCollection();
        services.AddLogtoManagementApi(options =>
        {
            tenants[Default].Configure(options);
            options.MaxRetryAttempts = 2;
            options.RetryBaseDelay = TimeSpan.Zero;
        });
        services.AddLogtoManagementApi(Staging, options =>
        {
            tenants[Staging].Configure(options);
            options.MaxRetryAttempts = 0;
        });
        tenants.Route(services, string.Empty, Default);
        tenants.Route(services, Staging, Staging);
        using var provider = services.BuildServiceProvider();

        var defaultError = Assert.ThrowsAsync<LogtoApiException>(() => provider.GetRequiredService<IRolesClient>().GetRoleAsync("r1").WaitAsync(TestGuard.Guard));
        var stagingError = Assert.ThrowsAsync<LogtoApiException>(() => provider.GetRequiredKeyedService<IRolesClient>(Staging).GetRoleAsync("r1").WaitAsync(TestGuard.Guard));

        Assert.That(defaultError!.StatusCode, Is.EqualTo(503));
        Assert.That(stagingError!.StatusCode, Is.EqualTo(503));
        Assert.That(tenants.ApiRequests(Default), Has.Count.EqualTo(3), "the unnamed client retries twice");
        Assert.That(tenants.ApiRequests(Staging), Has.Count.EqualTo(1), "the staging client does not retry");
    }

    [Test]
    public async Task Registering_a_name_twice_adds_its_handlers_once_and_keeps_both_configurations()
    {
        await using var tenants = new FakeTenants(Staging);
        tenants[Staging].InjectFault("GetRole", FakeLogtoFault.Error(401, "auth.unauthorized", "Unauthorized. Please check credentials and its scope."), times: 10);
        var services = new ServiceCollection();
        services.AddLogtoManagementApi(Staging, tenants[Staging].Configure);
        services.AddLogtoManagementApi(Staging, options => options.MaxRetryAttempts = 1);
        tenants.Route(services, Staging, Staging);
        using var provider = services.BuildServiceProvider();

        Assert.ThrowsAsync<LogtoApiException>(() => provider.GetRequiredKeyedService<IRolesClient>(Staging).GetRoleAsync("r1").WaitAsync(TestGuard.Guard));

        Assert.That(tenants.ApiRequests(Staging), Has.Count.EqualTo(2), "one authentication handler: one request and one renewal");
        Assert.That(tenants.TokenRequests(Staging), Has.Count.EqualTo(2), "the renewal fetched a new token once");
        Assert.That(provider.GetRequiredService<IOptionsMonitor<LogtoManagementOptions>>().Get(Staging).MaxRetryAttempts, Is.EqualTo(1));
        Assert.That(provider.GetServices<ILogtoManagementClientFactory>().Count(), Is.EqualTo(1));
    }

    [Test]
    public void Keyed_injection_resolves_the_named_client()
    {
        using var fake = new FakeLogto();
        var services = new ServiceCollection();
        services.AddLogtoManagementApi(Staging, fake.Configure);
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

    private sealed class StagingConsumer([FromKeyedServices(Staging)] ILogtoManagementClient client)
    {
        public ILogtoManagementClient Client { get; } = client;
    }
}
