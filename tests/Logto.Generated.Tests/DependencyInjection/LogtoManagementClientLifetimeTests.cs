using System.Net;
using Logto.Generated.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;
using static Logto.Generated.Tests.TestSupport.TestGuard;

namespace Logto.Generated.Tests.DependencyInjection;

/// <summary>
/// A client from <see cref="LogtoManagementClient.Create(LogtoManagementOptions, Microsoft.Extensions.Logging.ILoggerFactory?)"/>
/// disposes what it created and nothing else; a client from dependency injection or on the caller's HttpClient owns nothing.
/// </summary>
public class LogtoManagementClientLifetimeTests
{
    private const string UserUrl = MockLogto.ApiUrl + "users/u1";

    [Test]
    public async Task Disposing_a_created_client_leaves_the_callers_handler_usable()
    {
        using var stub = Stub();
        using var primary = new DisposalRecordingHandler(stub.Handler);
        var client = LogtoManagementClient.Create(stub.Options(), primary);
        await client.Users.GetUserAsync("u1").WaitAsync(Guard);

        client.Dispose();
        client.Dispose();

        Assert.That(primary.Disposed, Is.False);
        Assert.ThrowsAsync<ObjectDisposedException>(() => client.Users.GetUserAsync("u1").WaitAsync(Guard));
        using var invoker = new HttpMessageInvoker(primary, disposeHandler: false);
        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, UserUrl), CancellationToken.None).WaitAsync(Guard);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the caller's handler still sends");
    }

    [Test]
    public async Task Disposing_a_created_client_disposes_the_primary_handler_it_made()
    {
        using var stub = Stub();
        var own = new DisposalRecordingHandler(stub.Handler);
        var client = LogtoManagementClient.CreateOn(new LogtoOwnedHttp(LogtoManagementSettings.From(stub.Options(), "options"), own, ownsPrimaryHandler: true, null));
        await client.Users.GetUserAsync("u1").WaitAsync(Guard);
        Assert.That(own.Disposed, Is.False);

        client.Dispose();

        Assert.That(own.Disposed, Is.True);
        Assert.That(own.DisposeCount, Is.EqualTo(1), "shared by the token and API clients, disposed once");
    }

    [Test]
    public void A_client_disposed_before_its_token_arrived_fails_with_ObjectDisposedException()
    {
        using var stub = Stub();
        using var primary = new DisposalRecordingHandler(stub.Handler);
        var client = LogtoManagementClient.Create(stub.Options(), primary);

        client.Dispose();

        Assert.ThrowsAsync<ObjectDisposedException>(() => client.Users.GetUserAsync("u1").WaitAsync(Guard));
        Assert.That(stub.TokenRequests, Is.Empty);
    }

    [Test]
    public async Task A_client_on_the_callers_HttpClient_owns_nothing()
    {
        using var stub = Stub();
        using var httpClient = new HttpClient(stub.Handler, disposeHandler: false) { BaseAddress = new Uri(MockLogto.Origin + "/") };
        var client = new LogtoManagementClient(httpClient);

        client.Dispose();

        using var response = await httpClient.GetAsync(new Uri(UserUrl)).WaitAsync(Guard);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_container_disposing_a_resolved_client_disposes_nothing_it_does_not_own()
    {
        using var stub = Stub();
        var primaries = new List<DisposalRecordingHandler>();
        var services = new ServiceCollection();
        services.AddLogtoManagementApi(options =>
        {
            options.Endpoint = new Uri(MockLogto.Origin);
            options.ClientId = MockLogto.ClientId;
            options.ClientSecret = MockLogto.ClientSecret;
            options.TimeProvider = stub.Time;
        });
        foreach (var name in new[] { LogtoManagementServiceCollectionExtensions.HttpClientName, LogtoManagementServiceCollectionExtensions.TokenHttpClientName })
        {
            services.AddHttpClient(name).ConfigurePrimaryHttpMessageHandler(() =>
            {
                var primary = new DisposalRecordingHandler(new LogtoBorrowedHandler(stub.Handler));
                lock (primaries)
                {
                    primaries.Add(primary);
                }

                return primary;
            });
        }

        await using var provider = services.BuildServiceProvider();
        ILogtoManagementClient disposedByTheScope;
        using (var scope = provider.CreateScope())
        {
            disposedByTheScope = scope.ServiceProvider.GetRequiredService<ILogtoManagementClient>();
            await disposedByTheScope.Users.GetUserAsync("u1").WaitAsync(Guard);
        }

        await disposedByTheScope.Users.GetUserAsync("u1").WaitAsync(Guard);
        using (var scope = provider.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ILogtoManagementClient>().Users.GetUserAsync("u1").WaitAsync(Guard);
        }

        Assert.That(primaries, Is.Not.Empty);
        Assert.That(primaries.Select(primary => primary.Disposed), Has.All.False, "the factory's handlers belong to the factory");
        Assert.That(stub.TokenRequests, Has.Count.EqualTo(1), "the token cache outlived the scopes");
    }

    private static MockLogto Stub()
    {
        var stub = new MockLogto(tokenEndpoint: true);
        stub.Handler.When(HttpMethod.Get, UserUrl).Respond(_ => MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("get-user.json")));
        return stub;
    }

    /// <summary>Forwards to a handler and records its own disposal.</summary>
    private sealed class DisposalRecordingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private int _disposeCount;

        public int DisposeCount => Volatile.Read(ref _disposeCount);

        public bool Disposed => DisposeCount > 0;

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Interlocked.Increment(ref _disposeCount);
            }

            base.Dispose(disposing);
        }
    }
}
