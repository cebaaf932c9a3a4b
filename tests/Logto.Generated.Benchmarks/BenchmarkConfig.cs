using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Logto.Generated.Benchmarks;

/// <summary>
/// One short job for every benchmark (1 launch, 3 warmup and 10 measured iterations), so the whole run fits in about
/// 15 minutes on a small machine, with the memory diagnoser, ratios to each category's baseline, and
/// BenchmarkDotNet's default loggers and exporters (GitHub Markdown among them). The job runs in process (the host is
/// built in Release): BenchmarkDotNet's out-of-process toolchain rebuilds the project under its own ArtifactsPath,
/// which would move the library's obj folder and so re-run the client generation for every run.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        Add(DefaultConfig.Instance);
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortInProcess"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new AllocatedPerItemColumn());
        WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Value));
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
    }
}
