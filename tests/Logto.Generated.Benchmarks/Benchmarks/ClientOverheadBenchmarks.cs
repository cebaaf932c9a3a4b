using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Logto.Generated.Benchmarks.Handlers;
using Logto.Generated.Benchmarks.Payloads;
using Logto.Generated.Benchmarks.Peers.Newtonsoft;
using Logto.Generated.Benchmarks.Peers.Refit;
using Logto.Generated.Benchmarks.Peers.SystemTextJson;
using Refit;

namespace Logto.Generated.Benchmarks.Benchmarks;

/// <summary>
/// Per-call cost of four calls, each client against the same in-memory Logto (no network), grouped by call so each
/// call has its own ratio to the baseline (raw HttpClient + Newtonsoft streaming into the generated models).
/// "Logto.Generated" is the generated client over an HttpClient whose handler is the in-memory server: the client's
/// own cost, without the authentication and resilience handlers (TokenHandlerBenchmarks measures those).
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ClientOverheadBenchmarks
{
    private const string ListApplications = "ListApplications (100 apps, ~100 KB)";
    private const string GetUser = "GetUser";
    private const string ListUsers = "ListUsers (100 users)";
    private const string CreateApplication = "CreateApplication";

    private InMemoryLogtoHandler _server = null!;
    private LogtoManagementClient _logto = null!;
    private NewtonsoftRawClient _newtonsoft = null!;
    private SystemTextJsonRawClient _systemTextJson = null!;
    private ILogtoRefitApi _refit = null!;
    private CreateApplicationRequest _createBody = null!;
    private StjCreateApplicationRequest _stjCreateBody = null!;

    [GlobalSetup]
    public void Setup()
    {
        _server = new InMemoryLogtoHandler(BenchmarkPayloads.Load());
        _logto = new LogtoManagementClient(NewHttpClient());
        _newtonsoft = new NewtonsoftRawClient(NewHttpClient());
        _systemTextJson = new SystemTextJsonRawClient(NewHttpClient());
        _refit = RestService.For<ILogtoRefitApi>(NewHttpClient());
        _createBody = CreateApplicationBodies.Generated();
        _stjCreateBody = CreateApplicationBodies.SystemTextJson();
    }

    [Benchmark(Baseline = true, Description = "Raw HttpClient + Newtonsoft (baseline)"), BenchmarkCategory(ListApplications)]
    public async Task<long> ListApplications_Newtonsoft()
    {
        var page = await _newtonsoft.ListApplicationsAsync(default);
        return page.Items.Count + page.TotalCount!.Value;
    }

    [Benchmark(Description = "Logto.Generated"), BenchmarkCategory(ListApplications)]
    public async Task<long> ListApplications_Logto()
    {
        var page = await _logto.Applications.ListApplicationsAsync().GetPageAsync();
        return page.Items.Count + page.TotalCount!.Value;
    }

    [Benchmark(Description = "Raw HttpClient + STJ source gen (limit)"), BenchmarkCategory(ListApplications)]
    public async Task<long> ListApplications_SystemTextJson()
    {
        var page = await _systemTextJson.ListApplicationsAsync(default);
        return page.Items.Count + page.TotalCount!.Value;
    }

    [Benchmark(Description = "Refit 16"), BenchmarkCategory(ListApplications)]
    public async Task<long> ListApplications_Refit()
    {
        using var response = await _refit.ListApplicationsAsync(1, 100, default);
        return response.Content!.Count + RefitTotal(response);
    }

    [Benchmark(Baseline = true, Description = "Raw HttpClient + Newtonsoft (baseline)"), BenchmarkCategory(GetUser)]
    public Task<User> GetUser_Newtonsoft() => _newtonsoft.GetUserAsync(InMemoryLogtoHandler.UserId, default);

    [Benchmark(Description = "Logto.Generated"), BenchmarkCategory(GetUser)]
    public Task<User> GetUser_Logto() => _logto.Users.GetUserAsync(InMemoryLogtoHandler.UserId);

    [Benchmark(Description = "Raw HttpClient + STJ source gen (limit)"), BenchmarkCategory(GetUser)]
    public Task<StjUser> GetUser_SystemTextJson() => _systemTextJson.GetUserAsync(InMemoryLogtoHandler.UserId, default);

    [Benchmark(Description = "Refit 16"), BenchmarkCategory(GetUser)]
    public Task<StjUser> GetUser_Refit() => _refit.GetUserAsync(InMemoryLogtoHandler.UserId, default);

    [Benchmark(Baseline = true, Description = "Raw HttpClient + Newtonsoft (baseline)"), BenchmarkCategory(ListUsers)]
    public async Task<long> ListUsers_Newtonsoft()
    {
        var page = await _newtonsoft.ListUsersAsync(default);
        return page.Items.Count + page.TotalCount!.Value;
    }

    [Benchmark(Description = "Logto.Generated"), BenchmarkCategory(ListUsers)]
    public async Task<long> ListUsers_Logto()
    {
        var page = await _logto.Users.ListUsersAsync().GetPageAsync();
        return page.Items.Count + page.TotalCount!.Value;
    }

    [Benchmark(Description = "Raw HttpClient + STJ source gen (limit)"), BenchmarkCategory(ListUsers)]
    public async Task<long> ListUsers_SystemTextJson()
    {
        var page = await _systemTextJson.ListUsersAsync(default);
        return page.Items.Count + page.TotalCount!.Value;
    }

    [Benchmark(Description = "Refit 16"), BenchmarkCategory(ListUsers)]
    public async Task<long> ListUsers_Refit()
    {
        using var response = await _refit.ListUsersAsync(1, 100, default);
        return response.Content!.Count + RefitTotal(response);
    }

    [Benchmark(Baseline = true, Description = "Raw HttpClient + Newtonsoft (baseline)"), BenchmarkCategory(CreateApplication)]
    public Task<Application> CreateApplication_Newtonsoft() => _newtonsoft.CreateApplicationAsync(_createBody, default);

    [Benchmark(Description = "Logto.Generated"), BenchmarkCategory(CreateApplication)]
    public Task<Application> CreateApplication_Logto() => _logto.Applications.CreateApplicationAsync(_createBody);

    [Benchmark(Description = "Raw HttpClient + STJ source gen (limit)"), BenchmarkCategory(CreateApplication)]
    public Task<StjApplication> CreateApplication_SystemTextJson() => _systemTextJson.CreateApplicationAsync(_stjCreateBody, default);

    [Benchmark(Description = "Refit 16"), BenchmarkCategory(CreateApplication)]
    public Task<StjApplication> CreateApplication_Refit() => _refit.CreateApplicationAsync(_stjCreateBody, default);

    private static long RefitTotal(IApiResponse response) =>
        response.Headers is { } headers && headers.TryGetValues("Total-Number", out var values) ? long.Parse(values.First(), System.Globalization.CultureInfo.InvariantCulture) : -1;

    private HttpClient NewHttpClient() => new(_server, disposeHandler: false) { BaseAddress = BenchmarkEndpoint.BaseAddress };
}
