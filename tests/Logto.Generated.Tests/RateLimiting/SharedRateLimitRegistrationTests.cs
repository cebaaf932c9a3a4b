using System.Net;
using Logto.Generated.Tests.Generated;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.RateLimiting;

/// <summary>One registration's clients share one <see cref="LogtoClientOptions.RateLimit"/> budget.</summary>
public class SharedRateLimitRegistrationTests
{
    [Test]
    public async Task The_public_and_account_clients_of_one_registration_draw_on_one_budget()
    {
        using var handler = new MockHttpMessageHandler();
        var status = handler.When(HttpMethod.Get, "https://tenant.logto.app/api/status").Respond(HttpStatusCode.NoContent);
        var profile = handler.When(HttpMethod.Get, "https://tenant.logto.app/api/my-account").Respond("application/json", "{\"id\":\"u1\"}");
        var services = new ServiceCollection();
        services.AddLogtoManagementApi(options =>
        {
            options.Endpoint = new Uri("https://tenant.logto.app");
            options.ClientId = "m2m-id";
            options.ClientSecret = "m2m-secret";
            options.RateLimit = new LogtoRateLimitOptions { PermitLimit = 2, Window = TimeSpan.FromMinutes(1), MaxWait = TimeSpan.Zero };
        });
        foreach (var name in new[] { LogtoManagementServiceCollectionExtensions.GetPublicHttpClientName(""), LogtoManagementServiceCollectionExtensions.GetAccountHttpClientName("") })
        {
            services.AddHttpClient(name).ConfigurePrimaryHttpMessageHandler(() => new LogtoBorrowedHandler(handler));
        }

        using var provider = services.BuildServiceProvider();
        var publicClient = provider.GetRequiredService<ILogtoPublicClient>();
        var account = provider.GetRequiredService<ILogtoAccountClientFactory>().Create(new FacadeTests.QueueTokenSource("t", "t", "t"));

        await publicClient.Status.GetStatusAsync();
        await account.MyAccount.GetProfileAsync();
        var failure = Assert.ThrowsAsync<LogtoRateLimitException>(() => publicClient.Status.GetStatusAsync());
        Assert.ThrowsAsync<LogtoRateLimitException>(() => account.MyAccount.GetProfileAsync());

        Assert.That(handler.GetMatchCount(status), Is.EqualTo(1));
        Assert.That(handler.GetMatchCount(profile), Is.EqualTo(1));
        Assert.That(failure!.Message, Does.StartWith("Logto HTTP GET /api/status"));
    }
}
