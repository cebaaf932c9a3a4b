using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>
/// Several Logto Cloud tenants on one MockHttp handler, each at <c>https://{tenant}.logto.app</c> with its own client
/// id and secret. Each tenant's token endpoint issues <c>access-token-{tenant}-1</c>, <c>-2</c>, ...; its
/// <c>GET /api/users/{id}</c> answers the real get-user fixture. Every request is recorded per tenant.
/// </summary>
internal sealed class LogtoTenantsStub : IDisposable
{
    private readonly Dictionary<string, List<CapturedRequest>> _tokenRequests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CapturedRequest>> _apiRequests = new(StringComparer.Ordinal);

    public LogtoTenantsStub(params string[] tenants)
    {
        foreach (var tenant in tenants)
        {
            _tokenRequests[tenant] = [];
            _apiRequests[tenant] = [];
            Handler.When(HttpMethod.Post, $"{Endpoint(tenant)}/oidc/token").Respond(request => IssueTokenAsync(tenant, request));
            Handler.When(HttpMethod.Get, $"{Endpoint(tenant)}/api/users/*").Respond(async request =>
            {
                Record(_apiRequests[tenant], await CapturedRequest.FromAsync(request, Time.GetUtcNow()));
                return MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("get-user.json"));
            });
        }
    }

    public MockHttpMessageHandler Handler { get; } = new();

    public ManualTimeProvider Time { get; } = new();

    public static string Endpoint(string tenant) => $"https://{tenant}.logto.app";

    public static string ClientId(string tenant) => $"{tenant}-client-id";

    public static string ClientSecret(string tenant) => $"{tenant}-s3cret-Value_9f8e";

    public static string Token(string tenant, int number) => $"access-token-{tenant}-{number}";

    public IReadOnlyList<CapturedRequest> TokenRequests(string tenant) => Snapshot(_tokenRequests[tenant]);

    public IReadOnlyList<CapturedRequest> ApiRequests(string tenant) => Snapshot(_apiRequests[tenant]);

    /// <summary>Sets the endpoint and credentials of <paramref name="tenant"/>, and the manual clock.</summary>
    public void Configure(LogtoManagementOptions options, string tenant)
    {
        options.Endpoint = new Uri(Endpoint(tenant));
        options.ClientId = ClientId(tenant);
        options.ClientSecret = ClientSecret(tenant);
        options.TimeProvider = Time;
    }

    /// <summary>Sends the API and token requests of the client registered under <paramref name="name"/> to the stub.</summary>
    public void Route(IServiceCollection services, string name)
    {
        services.AddHttpClient(LogtoManagementServiceCollectionExtensions.GetHttpClientName(name))
            .ConfigurePrimaryHttpMessageHandler(() => new SharedHandler(Handler));
        services.AddHttpClient(LogtoManagementServiceCollectionExtensions.GetTokenHttpClientName(name))
            .ConfigurePrimaryHttpMessageHandler(() => new SharedHandler(Handler));
    }

    public void Dispose() => Handler.Dispose();

    private static void Record(List<CapturedRequest> requests, CapturedRequest request)
    {
        lock (requests)
        {
            requests.Add(request);
        }
    }

    private static List<CapturedRequest> Snapshot(List<CapturedRequest> requests)
    {
        lock (requests)
        {
            return requests.ToList();
        }
    }

    private async Task<HttpResponseMessage> IssueTokenAsync(string tenant, HttpRequestMessage request)
    {
        var requests = _tokenRequests[tenant];
        Record(requests, await CapturedRequest.FromAsync(request, Time.GetUtcNow()));
        var body = Fixtures.RealLogto("token-response.json").Replace("<redacted>", Token(tenant, Snapshot(requests).Count), StringComparison.Ordinal);
        return MockLogto.Json(HttpStatusCode.OK, body);
    }
}

/// <summary>Forwards to a shared handler without disposing it when the factory retires a handler chain.</summary>
internal sealed class SharedHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override void Dispose(bool disposing)
    {
    }
}
