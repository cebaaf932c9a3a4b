using System.Text;

namespace Logto.Generated.Benchmarks.Probes;

/// <summary>Runs the probes and writes their Markdown next to BenchmarkDotNet's results.</summary>
internal static class ProbeReport
{
    public static string Write()
    {
        var report = new StringBuilder()
            .AppendLine("## Probes")
            .AppendLine()
            .AppendLine("### Per-call ratios, interleaved (cross-check of the BenchmarkDotNet ratios)")
            .AppendLine()
            .Append(InterleavedRatioProbe.RunAsync().GetAwaiter().GetResult())
            .AppendLine()
            .AppendLine("### Token requests of cold-start bursts")
            .AppendLine()
            .AppendLine(TokenBurstProbe.Run())
            .AppendLine()
            .AppendLine("### Peak managed memory while paging (page_size 100)")
            .AppendLine()
            .Append(PagingPeakMemoryProbe.Run())
            .ToString();
        var directory = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts", "results");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Probes-report.md"), report);
        return report;
    }
}
