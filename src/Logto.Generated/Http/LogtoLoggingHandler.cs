using Microsoft.Extensions.Logging;

namespace Logto.Generated;

/// <summary>Logs the method, path, status and duration of every request that reaches the network, at Debug level.</summary>
internal sealed class LogtoLoggingHandler : DelegatingHandler
{
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    public LogtoLoggingHandler(ILogger logger, TimeProvider timeProvider)
    {
        _logger = logger;
        _timeProvider = timeProvider;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!_logger.IsEnabled(LogLevel.Debug))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var started = _timeProvider.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            LogtoLog.RequestCompleted(_logger, request.Method.Method, LogtoLog.PathOf(request), (int)response.StatusCode, Elapsed(started));
            return response;
        }
        catch (Exception exception)
        {
            LogtoLog.RequestFailed(_logger, request.Method.Method, LogtoLog.PathOf(request), exception.GetType().Name, Elapsed(started));
            throw;
        }
    }

    private double Elapsed(long started) => _timeProvider.GetElapsedTime(started).TotalMilliseconds;
}
