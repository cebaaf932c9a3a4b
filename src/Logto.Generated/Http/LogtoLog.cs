using Microsoft.Extensions.Logging;

namespace Logto.Generated;

/// <summary>
/// Every log line of the client. None carries a secret or a token: requests are logged by method and path (no query,
/// no headers, no body), token requests by client id and resource.
/// </summary>
internal static partial class LogtoLog
{
    /// <summary>The logger category of the per-request lines.</summary>
    public const string HttpCategory = "Logto.Generated.Http";

    /// <summary>The logger category of retries.</summary>
    public const string ResilienceCategory = "Logto.Generated.Resilience";

    /// <summary>The logger category of token requests and renewals.</summary>
    public const string AuthenticationCategory = "Logto.Generated.Authentication";

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Logto HTTP {Method} {Path} answered {StatusCode} in {ElapsedMilliseconds} ms")]
    public static partial void RequestCompleted(ILogger logger, string method, string path, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Logto HTTP {Method} {Path} failed with {ExceptionType} after {ElapsedMilliseconds} ms")]
    public static partial void RequestFailed(ILogger logger, string method, string path, string exceptionType, double elapsedMilliseconds);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Retrying Logto HTTP {Method} {Path} in {DelayMilliseconds} ms (retry {Retry} of {MaxRetries}) after {Reason}")]
    public static partial void Retrying(ILogger logger, string method, string path, double delayMilliseconds, int retry, int maxRetries, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Requesting a Logto access token for client {ClientId} and resource {Resource}: {Reason}")]
    public static partial void RequestingToken(ILogger logger, string clientId, string resource, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Received a Logto access token for client {ClientId}; it will be renewed from {RenewAt:O}")]
    public static partial void ReceivedToken(ILogger logger, string clientId, DateTimeOffset renewAt);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Logto HTTP {Method} {Path} answered 401: renewing the access token and retrying once")]
    public static partial void RenewingRejectedToken(ILogger logger, string method, string path);

    /// <summary>The path of a request, without query: what the log lines show.</summary>
    public static string PathOf(HttpRequestMessage request) =>
        request.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : request.RequestUri?.OriginalString.Split('?')[0] ?? string.Empty;
}
