namespace Logto.Generated.Testing;

/// <summary>One request the fake received, as its request log keeps it.</summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Path">The path without the query, such as <c>/api/users/u1</c>.</param>
/// <param name="Route">The spec's route template, such as <c>/api/users/{userId}</c>; null for a path the spec does not have.</param>
/// <param name="OperationId">The spec's operation id, such as <c>GetUser</c> (or <see cref="FakeLogto.TokenOperation"/>); null when unknown.</param>
/// <param name="Query">The query parameters in order; a repeated one appears once per value.</param>
/// <param name="Body">The request body as text (a token request's client secret replaced by <c>***</c>); null when empty.</param>
/// <param name="Status">The status the fake answered; 0 for a reset connection.</param>
public sealed record FakeLogtoRequest(
    string Method,
    string Path,
    string? Route,
    string? OperationId,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    string? Body,
    int Status)
{
    /// <summary>
    /// When the request reached the fake, on the fake's <see cref="FakeLogtoOptions.TimeProvider"/> (before any
    /// injected fault held or delayed it), to check how a client spaces its requests on a test's clock.
    /// </summary>
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The last value of a query parameter, or null when it was not sent.</summary>
    /// <param name="name">The parameter's name, such as <c>page_size</c>.</param>
    /// <returns>The value, or null.</returns>
    public string? QueryValue(string name) => Query.LastOrDefault(pair => pair.Key == name).Value;

    /// <summary>The method and path, such as <c>GET /api/users/u1</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Method + " " + Path;
}
