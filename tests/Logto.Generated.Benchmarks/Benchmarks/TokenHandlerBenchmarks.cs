using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Logto.Generated.Benchmarks.Handlers;
using Logto.Generated.Benchmarks.Payloads;

namespace Logto.Generated.Benchmarks.Benchmarks;

/// <summary>
/// The cost of authentication. "Warm request": one GET sent through an <see cref="HttpMessageInvoker"/> straight to
/// the in-memory server, without and with <see cref="LogtoAuthenticationHandler"/> over the real
/// <see cref="ClientCredentialsTokenProvider"/> holding a cached token; the difference is the handler's overhead.
/// "GetUser pipeline": the generated client bare, and as <see cref="LogtoManagementClient.Create(LogtoManagementOptions, HttpMessageHandler, Microsoft.Extensions.Logging.ILoggerFactory?)"/>
/// builds it (resilience, authentication, logging). "Burst of 100": 100 concurrent GetUser calls on a warm client,
/// and on a new (cold) client, whose 100 calls must share a single token request.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class TokenHandlerBenchmarks
{
    private const string WarmRequest = "Warm request (handler only)";
    private const string Pipeline = "GetUser pipeline";
    private const string Burst = "Burst of 100 GetUser";
    private static readonly Uri UserUri = new(BenchmarkEndpoint.BaseAddress, "api/users/" + InMemoryLogtoHandler.UserId);

    private InMemoryLogtoHandler _server = null!;
    private HttpMessageInvoker _unauthenticated = null!;
    private HttpMessageInvoker _authenticated = null!;
    private LogtoManagementClient _bareClient = null!;
    private LogtoManagementClient _fullClient = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _server = new InMemoryLogtoHandler(BenchmarkPayloads.Load());
        _unauthenticated = new HttpMessageInvoker(_server, disposeHandler: false);
        var tokenProvider = new ClientCredentialsTokenProvider(new HttpClient(_server, disposeHandler: false), BenchmarkEndpoint.Options());
        _authenticated = new HttpMessageInvoker(new LogtoAuthenticationHandler(tokenProvider) { InnerHandler = _server });
        await tokenProvider.GetAccessTokenAsync(CancellationToken.None);

        _bareClient = new LogtoManagementClient(new HttpClient(_server, disposeHandler: false) { BaseAddress = BenchmarkEndpoint.BaseAddress });
        _fullClient = LogtoManagementClient.Create(BenchmarkEndpoint.Options(), _server);
        await _fullClient.Users.GetUserAsync(InMemoryLogtoHandler.UserId);
    }

    [Benchmark(Baseline = true, Description = "No authentication"), BenchmarkCategory(WarmRequest)]
    public async Task<int> Send_Unauthenticated()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, UserUri);
        using var response = await _unauthenticated.SendAsync(request, CancellationToken.None);
        return (int)response.StatusCode;
    }

    [Benchmark(Description = "LogtoAuthenticationHandler, cached token"), BenchmarkCategory(WarmRequest)]
    public async Task<int> Send_Authenticated()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, UserUri);
        using var response = await _authenticated.SendAsync(request, CancellationToken.None);
        return (int)response.StatusCode;
    }

    [Benchmark(Baseline = true, Description = "Generated client, bare HttpClient"), BenchmarkCategory(Pipeline)]
    public Task<User> GetUser_Bare() => _bareClient.Users.GetUserAsync(InMemoryLogtoHandler.UserId);

    [Benchmark(Description = "LogtoManagementClient.Create (full pipeline, warm)"), BenchmarkCategory(Pipeline)]
    public Task<User> GetUser_FullPipeline() => _fullClient.Users.GetUserAsync(InMemoryLogtoHandler.UserId);

    [Benchmark(Baseline = true, Description = "Warm client"), BenchmarkCategory(Burst)]
    public Task<int> Burst_Warm() => TokenBurst.RunAsync(_fullClient, 100);

    [Benchmark(Description = "New client, cold token cache (incl. Create)"), BenchmarkCategory(Burst)]
    public async Task<int> Burst_Cold()
    {
        var tokenRequests = await TokenBurst.RunColdAsync(_server, 100);
        return tokenRequests == 1 ? tokenRequests : throw new InvalidOperationException($"A cold burst caused {tokenRequests} token requests, not 1.");
    }
}
