namespace Logto.Generated;

/// <summary>The tag names of the client's spans and metrics: OpenTelemetry's semantic conventions where one fits, <c>logto.*</c> otherwise.</summary>
internal static class LogtoTelemetryTags
{
    public const string OperationId = "logto.operation.id";
    public const string Method = "http.request.method";
    public const string RouteTemplate = "url.template";
    public const string ServerAddress = "server.address";
    public const string StatusCode = "http.response.status_code";
    public const string StatusClass = "logto.response.status_class";
    public const string ErrorCode = "logto.error.code";
    public const string RequestId = "logto.request.id";
    public const string AttemptCount = "logto.attempt.count";
    public const string ErrorType = "error.type";
    public const string TokenReason = "logto.token.reason";
    public const string TokenOutcome = "logto.token.outcome";
}
