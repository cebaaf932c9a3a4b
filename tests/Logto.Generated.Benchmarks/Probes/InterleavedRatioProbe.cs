using System.Diagnostics;
using System.Globalization;
using System.Text;
using Logto.Generated.Benchmarks.Benchmarks;

namespace Logto.Generated.Benchmarks.Probes;

/// <summary>
/// A cross-check of the per-call ratios that holds up on a busy machine: the two clients of a pair run in alternating
/// batches (A, B, A, B, ...), so a burst of other work slows both alike, and the median of the per-round ratios is
/// reported with its quartiles. Uses the same benchmark methods as <see cref="ClientOverheadBenchmarks"/>.
/// </summary>
internal static class InterleavedRatioProbe
{
    private const int Rounds = 41;
    private const int WarmupRounds = 5;

    public static async Task<string> RunAsync()
    {
        var b = new ClientOverheadBenchmarks();
        b.Setup();
        (string Call, string Versus, Func<Task> A, Func<Task> B, int Batch)[] pairs =
        [
            ("ListApplications", "baseline", b.ListApplications_Newtonsoft, b.ListApplications_Logto, 20),
            ("GetUser", "baseline", b.GetUser_Newtonsoft, b.GetUser_Logto, 2_000),
            ("ListUsers", "baseline", b.ListUsers_Newtonsoft, b.ListUsers_Logto, 20),
            ("CreateApplication", "baseline", b.CreateApplication_Newtonsoft, b.CreateApplication_Logto, 1_000),
            ("ListApplications", "Refit 16", b.ListApplications_Refit, b.ListApplications_Logto, 20),
            ("GetUser", "Refit 16", b.GetUser_Refit, b.GetUser_Logto, 2_000),
            ("ListUsers", "Refit 16", b.ListUsers_Refit, b.ListUsers_Logto, 20),
            ("CreateApplication", "Refit 16", b.CreateApplication_Refit, b.CreateApplication_Logto, 1_000),
        ];
        var table = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"| Call | Logto.Generated / ... | Ratio (median of {Rounds} rounds) | Quartiles | Logto.Generated per call | The other per call |")
            .AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var (call, versus, a, bClient, batch) in pairs)
        {
            for (var i = 0; i < WarmupRounds; i++)
            {
                await TimeAsync(a, batch);
                await TimeAsync(bClient, batch);
            }

            var ratios = new double[Rounds];
            var timesA = new double[Rounds];
            var timesB = new double[Rounds];
            for (var i = 0; i < Rounds; i++)
            {
                timesA[i] = await TimeAsync(a, batch);
                timesB[i] = await TimeAsync(bClient, batch);
                ratios[i] = timesB[i] / timesA[i];
            }

            Array.Sort(ratios);
            table.AppendLine(CultureInfo.InvariantCulture, $"| {call} | {versus} | {ratios[Rounds / 2]:F2} | {ratios[Rounds / 4]:F2} to {ratios[3 * Rounds / 4]:F2} | {Micros(timesB, batch)} | {Micros(timesA, batch)} |");
        }

        return table.ToString();
    }

    private static string Micros(double[] seconds, int batch)
    {
        var sorted = seconds.Order().ToArray();
        return (sorted[sorted.Length / 2] / batch * 1e6).ToString("N1", CultureInfo.InvariantCulture) + " µs";
    }

    private static async Task<double> TimeAsync(Func<Task> call, int batch)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < batch; i++)
        {
            await call();
        }

        return watch.Elapsed.TotalSeconds;
    }
}
