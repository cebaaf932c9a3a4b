using System.Reflection;
using BenchmarkDotNet.Running;
using Logto.Generated.Benchmarks;
using Logto.Generated.Benchmarks.Probes;

// No arguments: the probes (token requests of cold bursts, peak memory of paging), then every benchmark.
// "--probes": the probes only. "--interleaved": the interleaved per-call ratios only (a quick check of direction).
// "--smoke": every benchmark called once, unmeasured.
// Anything else goes to BenchmarkDotNet (for example --filter *Paging*).
var config = new BenchmarkConfig();
if (args is ["--smoke"])
{
    await SmokeRun.RunAsync();
}
else if (args is ["--interleaved"])
{
    Console.WriteLine(await InterleavedRatioProbe.RunAsync());
}
else if (args.Length == 0 || args is ["--probes"])
{
    var report = ProbeReport.Write();
    Console.WriteLine(report);
    if (args.Length == 0)
    {
        BenchmarkRunner.Run(Assembly.GetExecutingAssembly(), config);
        Console.WriteLine(report);
    }
}
else
{
    BenchmarkSwitcher.FromAssembly(Assembly.GetExecutingAssembly()).Run(args, config);
}
