using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>Keeps every log line and scope, at every level, so tests can assert what is (and is not) logged.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _logs = new();

    public IReadOnlyList<CapturedLog> Logs => _logs.ToArray();

    public ILoggerFactory CreateFactory() =>
        LoggerFactory.Create(builder => builder.AddProvider(this).SetMinimumLevel(LogLevel.Trace));

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void Dispose()
    {
    }

    /// <summary>Everything a line carries, as text: message, structured values, exception, for secret checks.</summary>
    public string AllText() => string.Join("\n", Logs.Select(log => log.FullText));

    private sealed class CapturingLogger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            owner._logs.Enqueue(new CapturedLog(category, LogLevel.None, "scope: " + state, null, state.ToString() ?? string.Empty));
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(";", pairs.Select(pair => $"{pair.Key}={pair.Value}"))
                : state?.ToString() ?? string.Empty;
            owner._logs.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception), exception, values));
        }
    }
}

internal sealed record CapturedLog(string Category, LogLevel Level, string Message, Exception? Exception, string Values)
{
    public string FullText => $"{Category} {Level} {Message} {Values} {Exception}";
}
