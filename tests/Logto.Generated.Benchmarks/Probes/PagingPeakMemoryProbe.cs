using System.Globalization;
using System.Text;
using Logto.Generated.Benchmarks.Handlers;

namespace Logto.Generated.Benchmarks.Probes;

/// <summary>
/// Shows that walking a list keeps managed memory flat: for 1,000 and 10,000 users it walks
/// <c>ListUsersAsync</c> and samples, at every page, the managed heap including garbage not yet collected
/// (<see cref="GC.GetTotalMemory(bool)"/> without a collection) and, every 10 pages, the live heap (after a full
/// collection). For contrast it repeats the walk keeping every user in a list, which must grow with the count.
/// All values are relative to the heap just before the walk.
/// </summary>
internal static class PagingPeakMemoryProbe
{
    private static readonly int[] Sizes = [1_000, 10_000];

    public static string Run()
    {
        var table = new StringBuilder()
            .AppendLine("| Walk | Users | Peak heap incl. garbage (sampled per page) | Peak live heap (full GC every 10 pages) | Live heap at the end |")
            .AppendLine("|---|---:|---:|---:|---:|");
        foreach (var keep in new[] { false, true })
        {
            foreach (var size in Sizes)
            {
                var result = WalkAsync(size, keep).GetAwaiter().GetResult();
                table.AppendLine(CultureInfo.InvariantCulture, $"| {(keep ? "keeping every user in a List (contrast)" : "ListUsersAsync, streaming")} | {size:N0} | {Kb(result.PeakHeap)} | {Kb(result.PeakLive)} | {Kb(result.EndLive)} |");
            }
        }

        return table.ToString();
    }

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("N0", CultureInfo.InvariantCulture) + " KB";

    private static async Task<(long PeakHeap, long PeakLive, long EndLive)> WalkAsync(int users, bool keep)
    {
        var server = new PagedUsersHandler(users);
        using var http = new HttpClient(server) { BaseAddress = BenchmarkEndpoint.BaseAddress };
        var client = new LogtoManagementClient(http);
        await foreach (var _ in client.Users.ListUsersAsync(new ListUsersOptions { PageSize = 100 }).Take(1))
        {
            // Warm up: JIT and serializer contracts are not part of the walk.
        }

        var kept = new List<User>();
        var start = GC.GetTotalMemory(forceFullCollection: true);
        long peakHeap = 0, peakLive = 0, count = 0;
        await foreach (var user in client.Users.ListUsersAsync(new ListUsersOptions { PageSize = 100 }))
        {
            if (keep)
            {
                kept.Add(user);
            }

            if (++count % 100 == 0)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false) - start);
                if (count % 1_000 == 0)
                {
                    peakLive = Math.Max(peakLive, GC.GetTotalMemory(forceFullCollection: true) - start);
                }
            }
        }

        var endLive = GC.GetTotalMemory(forceFullCollection: true) - start;
        GC.KeepAlive(kept);
        return count == users ? (peakHeap, peakLive, endLive) : throw new InvalidOperationException($"Walked {count} users, expected {users}.");
    }
}
