using System.Globalization;
using Polly.Timeout;

namespace Logto.Generated;

/// <summary>
/// Outermost handler: what is left of a failure once the retries are spent becomes a <see cref="LogtoException"/>.
/// Polly's timeout rejection becomes a <see cref="LogtoTimeoutException"/> that says which of the client's timeouts
/// fired; on the API client, a transport failure (<see cref="HttpRequestException"/>) becomes a
/// <see cref="LogtoTransportException"/> naming the request. The token client leaves transport failures alone: the
/// token provider wraps them in a <see cref="LogtoAuthenticationException"/>.
/// </summary>
internal sealed class LogtoFailureHandler : DelegatingHandler
{
    private readonly LogtoManagementSettings _settings;
    private readonly bool _translateTransportFailures;

    public LogtoFailureHandler(LogtoManagementSettings settings, bool translateTransportFailures)
    {
        _settings = settings;
        _translateTransportFailures = translateTransportFailures;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException exception)
        {
            throw Timeout(exception, request);
        }
        catch (HttpRequestException exception) when (_translateTransportFailures)
        {
            throw new LogtoTransportException(LogtoRequestText.Failed(request, exception), exception);
        }
    }

    private LogtoTimeoutException Timeout(TimeoutRejectedException exception, HttpRequestMessage request)
    {
        var total = exception.TelemetrySource?.StrategyName is { } strategy
            ? strategy == LogtoResiliencePipelines.TotalTimeoutName
            : exception.Timeout == _settings.TotalTimeout && exception.Timeout != _settings.AttemptTimeout;
        var perCall = LogtoRequestOptions.Of(request)?.Timeout;
        var (kind, option, timeout, scope) = total
            ? (LogtoTimeoutKind.Total, $"{_settings.OptionsName}.{nameof(LogtoManagementOptions.TotalTimeout)}", _settings.TotalTimeout, "for the whole call, every attempt and retry wait included")
            : (LogtoTimeoutKind.Attempt, perCall is null ? $"{_settings.OptionsName}.{nameof(LogtoManagementOptions.AttemptTimeout)}" : $"{nameof(LogtoRequestOptions)}.{nameof(LogtoRequestOptions.Timeout)}",
                LogtoResiliencePipelines.AttemptTimeoutOf(request, _settings), "for one attempt, the response body included, and no retry was left or allowed");
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"{LogtoRequestText.Of(request)} timed out: {option} ({timeout}) elapsed {scope}");
        return new LogtoTimeoutException(LogtoRequestText.WithOperation(message, request) + ".", kind, timeout, exception);
    }
}
