namespace Logto.Generated;

/// <summary>
/// Names a request in an exception message: <c>Logto HTTP GET /api/users/u1</c>, the path without its query, and the
/// operation id when the generated client attached one (<see cref="LogtoOperationInfo"/>). Never a query, a header or a body.
/// </summary>
internal static class LogtoRequestText
{
    /// <summary>The method and path of a request, such as <c>Logto HTTP GET /api/users/u1</c>.</summary>
    public static string Of(HttpRequestMessage request) => $"Logto HTTP {request.Method.Method} {LogtoLog.PathOf(request)}";

    /// <summary>
    /// The message of a transport failure: the request, the cause's message, and the operation. A cause that already
    /// names the request (a body that broke off, as <see cref="LogtoResponseBufferingHandler"/> reports it) is not
    /// prefixed a second time.
    /// </summary>
    public static string Failed(HttpRequestMessage request, HttpRequestException cause)
    {
        var named = Of(request);
        var text = cause.Message.Contains(named, StringComparison.Ordinal) ? cause.Message : $"{named} failed: {cause.Message}";
        return WithOperation(text, request);
    }

    /// <summary>A message followed by the operation the request belongs to, when the generated client attached one.</summary>
    public static string WithOperation(string text, HttpRequestMessage request) =>
        LogtoOperationInfo.Of(request) is { } operation ? $"{text} (operation {operation.OperationId}, {operation.Method} {operation.RouteTemplate})" : text;
}
