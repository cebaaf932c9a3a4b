using System.Globalization;
using Logto.Generated.Benchmarks.Handlers;
using Logto.Generated.Benchmarks.Payloads;

namespace Logto.Generated.Benchmarks.Probes;

/// <summary>Counts the token requests of cold-start bursts: 20 new clients, each sending 100 concurrent GetUser calls.</summary>
internal static class TokenBurstProbe
{
    private const int Bursts = 20;
    private const int Calls = 100;

    public static string Run()
    {
        var server = new InMemoryLogtoHandler(BenchmarkPayloads.Load());
        var counts = new List<int>();
        for (var i = 0; i < Bursts; i++)
        {
            counts.Add(TokenBurst.RunColdAsync(server, Calls).GetAwaiter().GetResult());
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Bursts} cold bursts of {Calls} concurrent GetUser calls (each on a new client from LogtoManagementClient.Create): token requests per burst min {counts.Min()}, max {counts.Max()}, total {counts.Sum()} for {Bursts * Calls} calls.");
    }
}
