using System.Net;
using Logto.Generated.Tests.Http;
using Logto.Generated.Tests.TestSupport;
using static Logto.Generated.Tests.TestSupport.TestGuard;
using RichardSzalay.MockHttp;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Logto.Generated.Tests.DependencyInjection;

public class LogtoManagementServiceCollectionExtensionsTests
{
    [Test]
    public void Resolves_the_facade_and_every_generated_client()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        using var provider = BuildProvider(stub);

        Assert.That(LogtoClientCatalog.Clients, Has.Length.EqualTo(32), "the clients of the machine-to-machine facade");
        foreach (var (contract, implementation) in LogtoClientCatalog.Clients)
        {
            Assert.That(provider.GetRequiredService(contract), Is.InstanceOf(implementation), contract.Name);
        }

        var facade = provider.GetRequiredService<ILogtoManagementClient>();
        Assert.That(facade.Users, Is.InstanceOf<UsersClient>());
        // Owning nothing, the facade is not disposable, so the root provider keeps none of the instances it hands out.
        Assert.That(facade, Is.Not.InstanceOf<IDisposable>());
        Assert.That(provider.GetRequiredService<ILogtoPublicClient>(), Is.Not.InstanceOf<IDisposable>());
        Assert.That(provider.GetService<LogtoManagementClient>(), Is.Null, "the disposable class is for Create, not for the container");
    }

    [Test]
    public void The_root_provider_keeps_no_facade_it_hands_out()
    {
        // A singleton that resolves the facade per call (the third-party catalog does) must not grow the root
        // provider: with a disposable facade, the container kept every instance until shutdown.
        using var stub = new MockLogto(tokenEndpoint: true);
        using var provider = BuildProvider(stub);

        var handedOut = ResolveFacades(provider, 100);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.That(handedOut.Count(facade => facade.IsAlive), Is.Zero);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static List<WeakReference> ResolveFacades(IServiceProvider provider, int count) =>
        Enumerable.Range(0, count)
            .SelectMany(_ => new object[] { provider.GetRequiredService<ILogtoManagementClient>(), provider.GetRequiredService<ILogtoPublicClient>() })
            .Select(facade => new WeakReference(facade))
            .ToList();

    [Test]
    public async Task Typed_clients_call_the_endpoint_with_a_bearer_token_from_one_singleton_cache()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var users = new ResponseQueue(stub.Time, () => MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("get-user.json")));
        stub.Handler.When(HttpMethod.Get, MockLogto.ApiUrl + "users/u1").Respond(users.RespondAsync);
        using var provider = BuildProvider(stub);

        await provider.GetRequiredService<IUsersClient>().GetUserAsync("u1");
        await provider.GetRequiredService<ILogtoManagementClient>().Users.GetUserAsync("u1");

        Assert.That(users.Requests.Select(request => request.Authorization), Is.EqualTo(new[] { "Bearer access-token-1", "Bearer access-token-1" }));
        Assert.That(users.Requests[0].Uri!.AbsoluteUri, Is.EqualTo("https://tenant.logto.app/api/users/u1"));
        Assert.That(stub.TokenRequests, Has.Count.EqualTo(1));
        Assert.That(stub.TokenRequests[0].Authorization, Does.StartWith("Basic "));
    }

    [Test]
    public async Task Handler_rotation_keeps_one_token()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        stub.Handler.When(HttpMethod.Get, MockLogto.ApiUrl + "users/u1").Respond(_ => MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("get-user.json")));
        var primaryHandlers = 0;
        var services = new ServiceCollection();
        services.AddLogtoManagementApi(options => Configure(stub, options))
            .SetHandlerLifetime(TimeSpan.FromSeconds(1))
            .ConfigurePrimaryHttpMessageHandler(() =>
            {
                Interlocked.Increment(ref primaryHandlers);
                return new NonDisposingHandler(stub.Handler);
            });
        services.AddHttpClient(LogtoManagementServiceCollectionExtensions.TokenHttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new NonDisposingHandler(stub.Handler));
        using var provider = services.BuildServiceProvider();

        // The factory rotates a handler after its lifetime (real time, at least one second); keep calling until it has.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var calls = 0;
        while (Volatile.Read(ref primaryHandlers) < 2)
        {
            await provider.GetRequiredService<IUsersClient>().GetUserAsync("u1", cancellationToken: deadline.Token);
            calls++;
            await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
        }

        Assert.That(primaryHandlers, Is.GreaterThanOrEqualTo(2), "the API handler chain was rebuilt");
        Assert.That(calls, Is.GreaterThan(1));
        Assert.That(stub.TokenRequests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Binds_the_options_from_configuration()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logto:Endpoint"] = "https://auth.example.com/",
            ["Logto:ClientId"] = "configured-client",
            ["Logto:ClientSecret"] = "configured-secret",
            ["Logto:Resource"] = LogtoManagementOptions.SelfHostedResource,
            ["Logto:TokenLeeway"] = "00:02:00",
            ["Logto:MaxRetryAttempts"] = "5",
            ["Logto:ClientAuthentication"] = "ClientSecretPost",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogtoManagementApi(configuration.GetSection("Logto")).ConfigurePrimaryHttpMessageHandler(() => new NonDisposingHandler(stub.Handler));
        services.AddHttpClient(LogtoManagementServiceCollectionExtensions.TokenHttpClientName).ConfigurePrimaryHttpMessageHandler(() => new NonDisposingHandler(stub.Handler));
        services.Configure<LogtoManagementOptions>(options => options.TimeProvider = stub.Time);
        stub.Handler.When(HttpMethod.Post, "https://auth.example.com/oidc/token").Respond(_ => MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("token-response.json").Replace("<redacted>", "self-hosted-token", StringComparison.Ordinal)));
        var users = new ResponseQueue(stub.Time, () => MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("get-user.json")));
        stub.Handler.When(HttpMethod.Get, "https://auth.example.com/api/users/u1").Respond(users.RespondAsync);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<LogtoManagementOptions>>().Value;
        await provider.GetRequiredService<IUsersClient>().GetUserAsync("u1");

        Assert.That(options.TokenLeeway, Is.EqualTo(TimeSpan.FromMinutes(2)));
        Assert.That(options.MaxRetryAttempts, Is.EqualTo(5));
        Assert.That(users.Requests.Single().Authorization, Is.EqualTo("Bearer self-hosted-token"));
    }

    [Test]
    public void Invalid_options_fail_at_start_up_naming_the_option()
    {
        var services = new ServiceCollection();
        services.AddLogtoManagementApi(options =>
        {
            options.Endpoint = new Uri("https://auth.example.com");
            options.ClientId = "id";
            options.ClientSecret = "secret-value";
        });
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(exception!.Message, Does.Contain("LogtoManagementOptions.Resource").And.Contain("https://default.logto.app/api"));
        Assert.That(exception.Message, Does.Not.Contain("secret-value"));
    }

    [Test]
    public async Task Registering_twice_does_not_add_the_handlers_twice()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var users = new ResponseQueue(stub.Time, () => MockLogto.Json(HttpStatusCode.Unauthorized, "{}"));
        stub.Handler.When(HttpMethod.Get, MockLogto.ApiUrl + "users/u1").Respond(users.RespondAsync);
        var services = new ServiceCollection();
        services.AddLogtoManagementApi(options => Configure(stub, options));
        services.AddLogtoManagementApi(options => options.Scope = "all");
        RouteToStub(services, stub);
        using var provider = services.BuildServiceProvider();

        Assert.ThrowsAsync<LogtoApiException>(() => provider.GetRequiredService<IUsersClient>().GetUserAsync("u1").WaitAsync(Guard));

        Assert.That(users.Requests, Has.Count.EqualTo(2), "one authentication handler: one request and one retry");
        await Task.CompletedTask;
    }

    [Test]
    public async Task Logs_through_the_registered_logger_factory_without_secrets()
    {
        using var stub = new MockLogto(tokenEndpoint: true);
        var logs = new CapturingLoggerProvider();
        stub.Handler.When(HttpMethod.Get, MockLogto.ApiUrl + "users/u1").Respond(_ => MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("get-user.json")));
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddLogtoManagementApi(options => Configure(stub, options));
        RouteToStub(services, stub);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IUsersClient>().GetUserAsync("u1");

        Assert.That(logs.Logs.Select(log => log.Message), Does.Contain("Logto HTTP GET /api/users/u1 answered 200 in 0 ms"));
        LogtoLoggingTests.AssertNoSecrets(logs);
    }

    private static ServiceProvider BuildProvider(MockLogto stub)
    {
        var services = new ServiceCollection();
        services.AddLogtoManagementApi(options => Configure(stub, options));
        RouteToStub(services, stub);
        return services.BuildServiceProvider();
    }

    private static void Configure(MockLogto stub, LogtoManagementOptions options)
    {
        options.Endpoint = new Uri(MockLogto.Origin);
        options.ClientId = MockLogto.ClientId;
        options.ClientSecret = MockLogto.ClientSecret;
        options.TimeProvider = stub.Time;
    }

    private static void RouteToStub(IServiceCollection services, MockLogto stub)
    {
        services.AddHttpClient(LogtoManagementServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new NonDisposingHandler(stub.Handler));
        services.AddHttpClient(LogtoManagementServiceCollectionExtensions.TokenHttpClientName).ConfigurePrimaryHttpMessageHandler(() => new NonDisposingHandler(stub.Handler));
    }

    /// <summary>Forwards to a shared handler without disposing it when the factory retires a handler chain.</summary>
    private sealed class NonDisposingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override void Dispose(bool disposing)
        {
        }
    }
}
