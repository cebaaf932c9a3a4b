namespace Logto.Generated.Benchmarks.Handlers;

/// <summary>The Logto the benchmarks talk to; nothing listens there, every request is answered in memory.</summary>
internal static class BenchmarkEndpoint
{
    public static Uri Endpoint { get; } = new("https://bench.logto.app");

    public static Uri BaseAddress { get; } = new("https://bench.logto.app/");

    /// <summary>Options for <see cref="LogtoManagementClient.Create(LogtoManagementOptions, HttpMessageHandler, Microsoft.Extensions.Logging.ILoggerFactory?)"/>.</summary>
    public static LogtoManagementOptions Options() => new()
    {
        Endpoint = Endpoint,
        ClientId = "bench-m2m-app",
        ClientSecret = "bench-m2m-secret",
    };
}
