using BenchmarkDotNet.Attributes;
using Logto.Generated.Benchmarks.Handlers;

namespace Logto.Generated.Benchmarks.Benchmarks;

/// <summary>
/// Walks every user with the generated <c>ListUsersAsync</c> (a <see cref="LogtoPageable{T}"/>, page_size 100)
/// over an in-memory server that writes each page on demand without allocating. "Server only" reads the same pages
/// with a raw HttpClient into <see cref="Stream.Null"/>: the floor the transport alone costs. The Allocated/item column
/// divides the allocations by the number of users.
/// </summary>
public class PagingBenchmarks
{
    private LogtoManagementClient _client = null!;
    private HttpClient _raw = null!;

    [Params(1_000, 10_000)]
    public int Users { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var server = new PagedUsersHandler(Users);
        _client = new LogtoManagementClient(new HttpClient(server) { BaseAddress = BenchmarkEndpoint.BaseAddress });
        _raw = new HttpClient(server) { BaseAddress = BenchmarkEndpoint.BaseAddress };
    }

    [Benchmark(Baseline = true, Description = "Server only (raw pages to Stream.Null)")]
    public async Task<int> ServerOnly()
    {
        var pages = (Users + 99) / 100;
        for (var page = 1; page <= pages; page++)
        {
            using var response = await _raw.GetAsync($"api/users?page={page}&page_size=100", HttpCompletionOption.ResponseHeadersRead);
            await response.Content.CopyToAsync(Stream.Null);
        }

        return pages;
    }

    [Benchmark(Description = "ListUsersAsync (LogtoPageable)")]
    public async Task<int> ListAllUsers()
    {
        var count = 0;
        await foreach (var user in _client.Users.ListUsersAsync(new ListUsersOptions { PageSize = 100 }))
        {
            count += user.Id.Length > 0 ? 1 : 0;
        }

        return count == Users ? count : throw new InvalidOperationException($"Walked {count} users, expected {Users}.");
    }
}
