using System.Diagnostics;
using System.Globalization;
using Tags = Logto.Generated.LogtoTelemetryTags;

namespace Logto.Generated;

/// <summary>
/// The telemetry of one call, an API operation or a token request, across all its attempts: its span, its clock, and the
/// attempts counted by <see cref="LogtoAttemptTelemetryHandler"/>, which finds it on the request. Tags are set only from
/// the operation's metadata, status codes, header ids and error codes: never a path, a body, a secret or a token.
/// </summary>
internal sealed class LogtoCallTelemetry : IDisposable
{
    private static readonly HttpRequestOptionsKey<LogtoCallTelemetry> Key = new("Logto.Generated.Telemetry.Call");
    private readonly TimeProvider _timeProvider;
    private readonly long _started;
    private int _attempts;
    private string? _lastFailure;

    public LogtoCallTelemetry(string operationId, string method, string routeTemplate, string? serverAddress, TimeProvider timeProvider)
    {
        OperationId = operationId;
        Method = method;
        ServerAddress = serverAddress;
        _timeProvider = timeProvider;
        _started = timeProvider.GetTimestamp();
        Activity = LogtoInstruments.Source.StartActivity(operationId, ActivityKind.Internal);
        SetTag(Tags.OperationId, operationId);
        SetTag(Tags.Method, method);
        SetTag(Tags.RouteTemplate, routeTemplate);
        SetTag(Tags.ServerAddress, serverAddress);
    }

    /// <summary>The call's span, or null when no listener samples it.</summary>
    public Activity? Activity { get; }

    public string OperationId { get; }

    public string Method { get; }

    public string? ServerAddress { get; }

    /// <summary>The status of the last response, or null when none arrived.</summary>
    public int? StatusCode { get; private set; }

    /// <summary>Why the call failed: a status code such as <c>503</c>, an error name, or an exception type; null on success.</summary>
    public string? ErrorType { get; private set; }

    /// <summary>How many attempts reached the pipeline under the retries; 0 when no attempt handler saw the call.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    public TimeSpan Elapsed => _timeProvider.GetElapsedTime(_started);

    /// <summary>Whether the span records tags (a sampled, all-data span).</summary>
    public bool IsRecording => Activity is { IsAllDataRequested: true };

    /// <summary>The call a request belongs to, or null.</summary>
    public static LogtoCallTelemetry? Of(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out var call) ? call : null;

    /// <summary>The <c>error.type</c> of an exception: its full type name, as the semantic conventions ask.</summary>
    public static string ErrorTypeOf(Exception exception) => exception.GetType().FullName ?? exception.GetType().Name;

    /// <summary>Marks <paramref name="request"/> as one of this call's, so that its attempts are counted.</summary>
    public void Attach(HttpRequestMessage request) => request.Options.Set(Key, this);

    public void SetTag(string name, object? value)
    {
        if (value is not null && IsRecording)
        {
            Activity!.SetTag(name, value);
        }
    }

    /// <summary>Records the final response: its status (an error from 400 on) and Logto's request id.</summary>
    public void Responded(int statusCode, string? requestId)
    {
        StatusCode = statusCode;
        SetTag(Tags.StatusCode, statusCode);
        SetTag(Tags.RequestId, requestId);
        if (statusCode >= 400)
        {
            Fail(statusCode.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Marks the call as failed, with a low-cardinality reason for <c>error.type</c>.</summary>
    public void Fail(string errorType)
    {
        ErrorType = errorType;
        SetTag(Tags.ErrorType, errorType);
        Activity?.SetStatus(ActivityStatusCode.Error);
    }

    /// <summary>Counts an attempt; every attempt after the first is a retry, counted with why the previous one failed.</summary>
    public void AttemptStarting()
    {
        if (Interlocked.Increment(ref _attempts) > 1 && LogtoInstruments.Retries.Enabled)
        {
            var tags = new TagList
            {
                { Tags.OperationId, OperationId },
                { Tags.Method, Method },
                { Tags.ServerAddress, ServerAddress },
                { Tags.ErrorType, Volatile.Read(ref _lastFailure) ?? "unknown" },
            };
            LogtoInstruments.Retries.Add(1, tags);
        }
    }

    /// <summary>Records how an attempt ended: null for a response below 400, else a status code or an error name.</summary>
    public void AttemptEnded(string? failure) => Volatile.Write(ref _lastFailure, failure);

    /// <summary>Tags the attempt count and ends the span.</summary>
    public void Dispose()
    {
        if (Attempts > 0)
        {
            SetTag(Tags.AttemptCount, Attempts);
        }

        Activity?.Dispose();
    }
}
