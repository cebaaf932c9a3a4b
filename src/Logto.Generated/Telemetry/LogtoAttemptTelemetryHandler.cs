using System.Globalization;

namespace Logto.Generated;

/// <summary>
/// Sits under the resilience handler, so that it sees every attempt of a call: counts the attempts of the call's
/// <see cref="LogtoCallTelemetry"/> (a retry for each after the first) and remembers how each ended. A renewal after
/// HTTP 401 happens below it, within the same attempt.
/// </summary>
internal sealed class LogtoAttemptTelemetryHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (LogtoCallTelemetry.Of(request) is not { } call)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        call.AttemptStarting();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            call.AttemptEnded(status >= 400 ? status.ToString(CultureInfo.InvariantCulture) : null);
            return response;
        }
        catch (OperationCanceledException)
        {
            // Retried only when the attempt's own timeout fired; a caller's cancellation is never retried.
            call.AttemptEnded("timeout");
            throw;
        }
        catch (Exception exception)
        {
            call.AttemptEnded(LogtoCallTelemetry.ErrorTypeOf(exception));
            throw;
        }
    }
}
