using System.Text.Json.Serialization;

namespace Logto.Generated.Benchmarks.Peers.SystemTextJson;

/// <summary>Benchmark-only: the System.Text.Json source-generated metadata of the benchmark models.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<StjApplication>))]
[JsonSerializable(typeof(StjApplication))]
[JsonSerializable(typeof(StjCreateApplicationRequest))]
[JsonSerializable(typeof(List<StjUser>))]
[JsonSerializable(typeof(StjUser))]
public sealed partial class BenchmarkJsonContext : JsonSerializerContext
{
}
