using System.Globalization;
using Polly.Timeout;

namespace Logto.Generated;

/// <summary>
/// Outermost handler: turns Polly's timeout rejection into a <see cref="LogtoTimeoutException"/> that says which of the
/// client's timeouts fired, for which request.
/// </summary>
internal sealed class LogtoTimeoutHandler : DelegatingHandler
{
    private readonly LogtoManagementSettings _settings;

    public LogtoTimeoutHandler(LogtoManagementSettings settings)
    {
        _settings = settings;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException exception)
        {
            throw Translate(exception, request);
        }
    }

    private LogtoTimeoutException Translate(TimeoutRejectedException exception, HttpRequestMessage request)
    {
        var total = exception.TelemetrySource?.StrategyName is { } strategy
            ? strategy == LogtoResiliencePipelines.TotalTimeoutName
            : exception.Timeout == _settings.TotalTimeout && exception.Timeout != _settings.AttemptTimeout;
        var (kind, option, timeout, scope) = total
            ? (LogtoTimeoutKind.Total, nameof(LogtoManagementOptions.TotalTimeout), _settings.TotalTimeout, "for the whole call, every attempt and retry wait included")
            : (LogtoTimeoutKind.Attempt, nameof(LogtoManagementOptions.AttemptTimeout), _settings.AttemptTimeout, "for one attempt, the response body included, and no retry was left or allowed");
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"Logto HTTP {request.Method.Method} {LogtoLog.PathOf(request)} timed out: {nameof(LogtoManagementOptions)}.{option} ({timeout}) elapsed {scope}.");
        return new LogtoTimeoutException(message, kind, timeout, exception);
    }
}
