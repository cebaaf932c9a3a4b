namespace Logto.Generated;

/// <summary>
/// Which Management API operation an outgoing request belongs to. The generated clients attach one static instance per
/// operation to every request they send (<see cref="HttpRequestMessage.Options"/>); handlers read it for telemetry,
/// logging and error messages. The route template, never the concrete path, so that no identifier leaks into a tag.
/// </summary>
/// <param name="OperationId">The spec's operation id, such as <c>GetUser</c>.</param>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="RouteTemplate">The spec's path template, such as <c>/api/users/{userId}</c>.</param>
internal sealed record LogtoOperationInfo(string OperationId, string Method, string RouteTemplate)
{
    /// <summary>The key under which the generated clients store the operation on a request.</summary>
    internal static readonly HttpRequestOptionsKey<LogtoOperationInfo> Key = new("Logto.Generated.Operation");

    /// <summary>The operation a request belongs to, or null for a request the generated clients did not send.</summary>
    internal static LogtoOperationInfo? Of(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out var operation) ? operation : null;
}
