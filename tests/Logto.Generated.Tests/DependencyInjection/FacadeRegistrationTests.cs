using System.Net;
using System.Text;
using Logto.Generated.Tests.Generated;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.DependencyInjection;

/// <summary>
/// <c>AddLogtoManagementApi</c> also registers the public client and the Account API client factory, on the tenant's
/// endpoint and pipeline, plain for the unnamed registration and keyed for a named one.
/// </summary>
public class FacadeRegistrationTests
{
    private const string Staging = "staging";

    [Test]
    public async Task The_public_client_resolves_sends_no_token_and_is_retried_on_503()
    {
        using var handler = new MockHttpMessageHandler();
        var sent = new List<HttpRequestMessage>();
        handler.When(HttpMethod.Get, "https://tenant.logto.app/api/status").Respond(request =>
        {
            sent.Add(request);
            return new HttpResponseMessage(sent.Count == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.NoContent);
        });
        using var provider = Provider(handler);

        await provider.GetRequiredService<ILogtoPublicClient>().Status.GetStatusAsync();

        Assert.That(sent, Has.Count.EqualTo(2));
        Assert.That(sent.Select(request => request.Headers.Authorization), Is.All.Null);
        Assert.That(provider.GetRequiredService<ILogtoPublicClient>(), Is.Not.SameAs(provider.GetRequiredService<ILogtoPublicClient>()), "transient");
    }

    [Test]
    public async Task The_account_factory_makes_clients_that_send_each_users_own_token_and_renew_once()
    {
        using var handler = new MockHttpMessageHandler();
        var sent = new List<string?>();
        handler.When(HttpMethod.Get, "https://tenant.logto.app/api/my-account").Respond(request =>
        {
            sent.Add(request.Headers.Authorization?.ToString());
            return request.Headers.Authorization?.Parameter == "alice-1"
                ? new HttpResponseMessage(HttpStatusCode.Unauthorized)
                : Json("{\"id\":\"" + request.Headers.Authorization?.Parameter + "\"}");
        });
        var oidc = handler.When("https://tenant.logto.app/oidc/*").Respond(HttpStatusCode.InternalServerError);
        using var provider = Provider(handler);
        var factory = provider.GetRequiredService<ILogtoAccountClientFactory>();

        var alice = await factory.Create(new FacadeTests.QueueTokenSource("alice-1", "alice-2")).MyAccount.GetProfileAsync();
        var bob = await factory.Create(new FacadeTests.QueueTokenSource("bob-1")).MyAccount.GetProfileAsync();

        Assert.That(alice.Id, Is.EqualTo("alice-2"));
        Assert.That(bob.Id, Is.EqualTo("bob-1"));
        Assert.That(sent, Is.EqualTo(new[] { "Bearer alice-1", "Bearer alice-2", "Bearer bob-1" }));
        Assert.That(handler.GetMatchCount(oidc), Is.Zero, "no machine-to-machine token is requested");
        Assert.That(provider.GetRequiredService<ILogtoAccountClientFactory>(), Is.SameAs(factory), "singleton");
        Assert.That(() => factory.Create(null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("userAccessTokens"));
    }

    [Test]
    public void A_transport_failure_of_an_account_client_ends_in_a_LogtoTransportException()
    {
        using var handler = new MockHttpMessageHandler();
        handler.When(HttpMethod.Get, "https://tenant.logto.app/api/my-account")
            .Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"));
        using var provider = Provider(handler);
        var account = provider.GetRequiredService<ILogtoAccountClientFactory>().Create(new FacadeTests.QueueTokenSource("t"));

        var exception = Assert.ThrowsAsync<LogtoTransportException>(() => account.MyAccount.GetProfileAsync());

        Assert.That(exception!.Message, Does.Contain("GET /api/my-account"));
    }

    [Test]
    public async Task A_named_tenant_has_keyed_public_client_and_account_factory_on_its_own_endpoint()
    {
        using var handler = new MockHttpMessageHandler();
        var status = handler.When(HttpMethod.Get, "https://staging.logto.app/api/status").Respond(HttpStatusCode.NoContent);
        var profile = handler.When(HttpMethod.Get, "https://staging.logto.app/api/my-account")
            .WithHeaders("Authorization", "Bearer staging-user")
            .Respond("application/json", "{\"id\":\"s1\"}");
        using var provider = Provider(handler, Staging);

        await provider.GetRequiredKeyedService<ILogtoPublicClient>(Staging).Status.GetStatusAsync();
        var user = await provider.GetRequiredKeyedService<ILogtoAccountClientFactory>(Staging)
            .Create(new FacadeTests.QueueTokenSource("staging-user")).MyAccount.GetProfileAsync();

        Assert.That(handler.GetMatchCount(status), Is.EqualTo(1));
        Assert.That(handler.GetMatchCount(profile), Is.EqualTo(1));
        Assert.That(user.Id, Is.EqualTo("s1"));
        Assert.That(provider.GetService<ILogtoPublicClient>(), Is.Null, "only the named tenant is registered");
        Assert.That(
            () => provider.GetRequiredService<ILogtoAccountClientFactory>().Create(new FacadeTests.QueueTokenSource("t")),
            Throws.InvalidOperationException.With.Message.Contains("Create(name, userAccessTokens)"),
            "the plain factory has no unnamed registration to use");
    }

    [Test]
    public void The_http_client_names_follow_the_registration_name()
    {
        Assert.That(LogtoManagementServiceCollectionExtensions.GetPublicHttpClientName(""), Is.EqualTo("Logto.Generated.PublicApi"));
        Assert.That(LogtoManagementServiceCollectionExtensions.GetPublicHttpClientName(Staging), Is.EqualTo("Logto.Generated.PublicApi:staging"));
        Assert.That(LogtoManagementServiceCollectionExtensions.GetAccountHttpClientName(""), Is.EqualTo("Logto.Generated.AccountApi"));
        Assert.That(LogtoManagementServiceCollectionExtensions.GetAccountHttpClientName(Staging), Is.EqualTo("Logto.Generated.AccountApi:staging"));
    }

    private static ServiceProvider Provider(MockHttpMessageHandler handler, string name = "")
    {
        var services = new ServiceCollection();
        Action<LogtoManagementOptions> configure = options =>
        {
            options.Endpoint = new Uri(name.Length == 0 ? "https://tenant.logto.app" : $"https://{name}.logto.app");
            options.ClientId = "m2m-id";
            options.ClientSecret = "m2m-secret";
            options.RetryBaseDelay = TimeSpan.Zero;
        };
        if (name.Length == 0)
        {
            services.AddLogtoManagementApi(configure);
        }
        else
        {
            services.AddLogtoManagementApi(name, configure);
        }

        foreach (var httpClientName in new[]
                 {
                     LogtoManagementServiceCollectionExtensions.GetPublicHttpClientName(name),
                     LogtoManagementServiceCollectionExtensions.GetAccountHttpClientName(name),
                 })
        {
            services.AddHttpClient(httpClientName).ConfigurePrimaryHttpMessageHandler(() => new LogtoBorrowedHandler(handler));
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static HttpResponseMessage Json(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
