using System.Diagnostics;
using Tags = Logto.Generated.LogtoTelemetryTags;

namespace Logto.Generated;

/// <summary>
/// Outermost handler of the API client: one span per operation (named after its operation id) around every attempt,
/// retry wait and token request, and the operation-duration histogram. It reads the operation from
/// <see cref="LogtoOperationInfo"/> on the request; a request without one passes through untouched.
/// </summary>
internal sealed class LogtoTelemetryHandler : DelegatingHandler
{
    private readonly TimeProvider _timeProvider;

    public LogtoTelemetryHandler(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (LogtoOperationInfo.Of(request) is not { } operation || !LogtoInstruments.OperationsObserved)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        using var call = new LogtoCallTelemetry(operation.OperationId, operation.Method, operation.RouteTemplate, request.RequestUri?.Host, _timeProvider);
        call.Attach(request);
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            call.Responded((int)response.StatusCode, LogtoResponseFacts.RequestIdOf(response));
            if (!response.IsSuccessStatusCode && call.IsRecording)
            {
                call.SetTag(Tags.ErrorCode, await LogtoResponseFacts.ErrorCodeAsync(response, cancellationToken).ConfigureAwait(false));
            }

            return response;
        }
        catch (Exception exception)
        {
            call.Fail(LogtoCallTelemetry.ErrorTypeOf(exception));
            throw;
        }
        finally
        {
            RecordDuration(call);
        }
    }

    private static void RecordDuration(LogtoCallTelemetry call)
    {
        if (!LogtoInstruments.OperationDuration.Enabled)
        {
            return;
        }

        var tags = new TagList
        {
            { Tags.OperationId, call.OperationId },
            { Tags.Method, call.Method },
            { Tags.ServerAddress, call.ServerAddress },
        };
        if (call.StatusCode is { } status)
        {
            tags.Add(Tags.StatusClass, StatusClass(status));
        }

        if (call.ErrorType is { } errorType)
        {
            tags.Add(Tags.ErrorType, errorType);
        }

        LogtoInstruments.OperationDuration.Record(call.Elapsed.TotalSeconds, tags);
    }

    private static string StatusClass(int status) => status switch
    {
        >= 100 and < 200 => "1xx",
        >= 200 and < 300 => "2xx",
        >= 300 and < 400 => "3xx",
        >= 400 and < 500 => "4xx",
        >= 500 and < 600 => "5xx",
        _ => "other",
    };
}
