using System.Collections.Concurrent;
using System.Net;
using Logto.Generated.Tests.Generated;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.DependencyInjection;

/// <summary>
/// The three facades take the same verbs for a name (keyed services, and <c>Create</c> on each factory), and resolving
/// one for a name builds nothing of the others: no other HTTP client, no token source, no token request.
/// </summary>
public class FacadeIsolationTests
{
    private static readonly string[] Tenants = ["a", "b"];

    [Test]
    public async Task Named_management_public_and_account_clients_of_two_tenants_resolve_by_the_same_verbs()
    {
        using var stub = new Stub();
        var services = new ServiceCollection();
        foreach (var tenant in Tenants)
        {
            services.AddLogtoManagementApi(tenant, options => Management(options, tenant));
            services.AddLogtoPublicApi(tenant, options => options.Endpoint = new Uri($"https://{tenant}.logto.app"));
            services.AddLogtoAccountApi(tenant, options => options.Endpoint = new Uri($"https://{tenant}.logto.app"));
        }

        await using var provider = stub.Build(services);
        provider.GetRequiredService<IStartupValidator>().Validate();

        foreach (var tenant in Tenants)
        {
            var user = new FacadeTests.QueueTokenSource("user-" + tenant);
            await provider.GetRequiredService<ILogtoManagementClientFactory>().Create(tenant).Users.GetUserAsync("u1");
            await provider.GetRequiredService<ILogtoPublicClientFactory>().Create(tenant).Status.GetStatusAsync();
            await provider.GetRequiredService<ILogtoAccountClientFactory>().Create(tenant, user).MyAccount.GetProfileAsync();
            await provider.GetRequiredKeyedService<ILogtoManagementClient>(tenant).Users.GetUserAsync("u2");
            await provider.GetRequiredKeyedService<ILogtoPublicClient>(tenant).Status.GetStatusAsync();
            await provider.GetRequiredKeyedService<ILogtoAccountClientFactory>(tenant).Create(user).MyAccount.GetProfileAsync();
        }

        foreach (var tenant in Tenants)
        {
            Assert.That(
                stub.Requests(tenant),
                Is.EqualTo(new[]
                {
                    "POST /oidc/token (Basic)", "GET /api/users/u1 (Bearer m2m-" + tenant + ")", "GET /api/status ()", "GET /api/my-account (Bearer user-" + tenant + ")",
                    "GET /api/users/u2 (Bearer m2m-" + tenant + ")", "GET /api/status ()", "GET /api/my-account (Bearer user-" + tenant + ")",
                }),
                $"every facade of {tenant} reaches {tenant}, with its own authentication");
        }

        Assert.That(provider.GetService<ILogtoManagementClient>(), Is.Null, "only named clients are registered");
        Assert.That(provider.GetService<ILogtoPublicClient>(), Is.Null);
    }

    [Test]
    public async Task Resolving_the_public_and_account_facades_of_a_management_registration_builds_nothing_of_its_management_client()
    {
        using var stub = new Stub();
        var services = new ServiceCollection();
        foreach (var tenant in Tenants)
        {
            services.AddLogtoManagementApi(tenant, options => Management(options, tenant));
        }

        await using var provider = stub.Build(services);

        await provider.GetRequiredKeyedService<ILogtoPublicClient>("a").Status.GetStatusAsync();
        await provider.GetRequiredService<ILogtoAccountClientFactory>().Create("a", new FacadeTests.QueueTokenSource("user")).MyAccount.GetProfileAsync();

        Assert.That(stub.BuiltHttpClients, Is.EquivalentTo(new[] { "Logto.Generated.PublicApi:a", "Logto.Generated.AccountApi:a" }), "no API or token HTTP client");
        Assert.That(stub.Requests("a"), Is.EqualTo(new[] { "GET /api/status ()", "GET /api/my-account (Bearer user)" }), "no token request");
        Assert.That(stub.Requests("b"), Is.Empty);
    }

    [Test]
    public async Task Resolving_the_management_client_builds_nothing_of_the_public_and_account_facades()
    {
        using var stub = new Stub();
        var services = new ServiceCollection();
        services.AddLogtoManagementApi("a", options => Management(options, "a"));
        services.AddLogtoPublicApi("a", options => options.Endpoint = new Uri("https://a.logto.app"));
        services.AddLogtoAccountApi("a", options => options.Endpoint = new Uri("https://a.logto.app"));
        await using var provider = stub.Build(services);

        await provider.GetRequiredKeyedService<ILogtoManagementClient>("a").Users.GetUserAsync("u1");

        Assert.That(stub.BuiltHttpClients, Is.EquivalentTo(new[] { "Logto.Generated.ManagementApi:a", "Logto.Generated.TokenEndpoint:a" }));
    }

    [Test]
    public async Task The_public_and_account_registrations_of_a_name_never_read_its_management_options()
    {
        using var stub = new Stub();
        var managementOptionsBuilt = 0;
        var services = new ServiceCollection();
        services.AddLogtoPublicApi("a", options => options.Endpoint = new Uri("https://a.logto.app"));
        services.AddLogtoManagementApi("a", options =>
        {
            managementOptionsBuilt++;
            Management(options, "a");
        });
        services.AddLogtoAccountApi("a", options => options.Endpoint = new Uri("https://a.logto.app"));
        await using var provider = stub.Build(services);

        await provider.GetRequiredKeyedService<ILogtoPublicClient>("a").Status.GetStatusAsync();
        await provider.GetRequiredKeyedService<ILogtoAccountClientFactory>("a").Create(new FacadeTests.QueueTokenSource("user")).MyAccount.GetProfileAsync();

        Assert.That(managementOptionsBuilt, Is.Zero, "the Management API pipeline of 'a' was never built");
        Assert.That(stub.BuiltHttpClients, Is.EquivalentTo(new[] { "Logto.Generated.PublicOnly:a", "Logto.Generated.AccountOnly:a" }), "the facades' own registrations win, in either order");
        Assert.That(stub.Requests("a"), Is.EqualTo(new[] { "GET /api/status ()", "GET /api/my-account (Bearer user)" }));
    }

    private static void Management(LogtoManagementOptions options, string tenant)
    {
        options.Endpoint = new Uri($"https://{tenant}.logto.app");
        options.ClientId = "id-" + tenant;
        options.ClientSecret = "secret-" + tenant;
    }

    /// <summary>Logto tenants on a mock handler, recording each request and each HTTP client IHttpClientFactory builds.</summary>
    private sealed class Stub : IHttpMessageHandlerBuilderFilter, IDisposable
    {
        private readonly MockHttpMessageHandler _handler = new();
        private readonly ConcurrentQueue<(string Host, string Line)> _requests = new();
        private readonly ConcurrentQueue<string> _built = new();

        public Stub()
        {
            _handler.Fallback.Respond(request =>
            {
                var authorization = request.Headers.Authorization;
                _requests.Enqueue((request.RequestUri!.Host, $"{request.Method} {request.RequestUri.AbsolutePath} ({(authorization?.Scheme == "Basic" ? "Basic" : authorization?.ToString())})"));
                var tenant = request.RequestUri.Host.Split('.')[0];
                return request.RequestUri.AbsolutePath switch
                {
                    "/oidc/token" => Json("{\"access_token\":\"m2m-" + tenant + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}"),
                    "/api/status" => new HttpResponseMessage(HttpStatusCode.NoContent),
                    _ => Json("{\"id\":\"x\"}"),
                };
            });
        }

        public IEnumerable<string> BuiltHttpClients => _built;

        public IEnumerable<string> Requests(string tenant) => _requests.Where(r => r.Host == tenant + ".logto.app").Select(r => r.Line);

        public ServiceProvider Build(IServiceCollection services)
        {
            services.AddSingleton<IHttpMessageHandlerBuilderFilter>(this);
            services.ConfigureHttpClientDefaults(builder => builder.ConfigurePrimaryHttpMessageHandler(() => new LogtoBorrowedHandler(_handler)));
            return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        }

        public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
        {
            _built.Enqueue(builder.Name!);
            next(builder);
        };

        public void Dispose() => _handler.Dispose();

        private static HttpResponseMessage Json(string body) =>
            new(HttpStatusCode.OK) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
    }
}
