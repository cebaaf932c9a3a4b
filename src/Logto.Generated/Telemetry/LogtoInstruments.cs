using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace Logto.Generated;

/// <summary>The activity source and the meter with its three instruments, shared by every client in the process.</summary>
internal static class LogtoInstruments
{
    private static readonly string? Version =
        typeof(LogtoInstruments).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    public static readonly ActivitySource Source = new(LogtoTelemetry.ActivitySourceName, Version);

    public static readonly Meter Meter = new(LogtoTelemetry.MeterName, Version);

    public static readonly Histogram<double> OperationDuration = Meter.CreateHistogram(
        LogtoTelemetry.OperationDurationMetric,
        unit: "s",
        description: "Duration of Logto Management API operations, every attempt and retry wait included.",
        tags: null,
        advice: new InstrumentAdvice<double>
        {
            HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60, 120],
        });

    public static readonly Counter<long> TokenRequests = Meter.CreateCounter<long>(
        LogtoTelemetry.TokenRequestsMetric, unit: "{request}", description: "Access token requests to Logto's token endpoint.");

    public static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        LogtoTelemetry.RetriesMetric, unit: "{retry}", description: "Attempts of Logto requests after the first one.");

    /// <summary>Whether anyone listens to an operation's span, duration or retries; when nobody does, nothing is recorded.</summary>
    public static bool OperationsObserved => Source.HasListeners() || OperationDuration.Enabled || Retries.Enabled;

    /// <summary>Whether anyone listens to a token request's span, count or retries.</summary>
    public static bool TokensObserved => Source.HasListeners() || TokenRequests.Enabled || Retries.Enabled;
}
