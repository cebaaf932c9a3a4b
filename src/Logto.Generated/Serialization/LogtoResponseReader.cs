using Newtonsoft.Json;

namespace Logto.Generated;

/// <summary>
/// Reads the responses of the generated clients. A success body is parsed from the stream with the one cached
/// serializer, except a text body (<c>text/xml</c>, <c>text/plain</c>) of an operation that returns a string, which
/// is returned as its text; when it is not valid JSON for the expected type (an HTML page from a proxy, a body cut short, a wrong
/// type), or null where a value is required, it throws a <see cref="LogtoApiException"/> with the status, the headers
/// and, when the body can be read again (the client's pipeline keeps every body in memory), the raw body. An error
/// status becomes a <see cref="LogtoApiException"/> too. Headers are copied only on these failure paths.
/// </summary>
internal static class LogtoResponseReader
{
    /// <summary>Reads the body as <typeparamref name="T"/>.</summary>
    /// <param name="response">The response.</param>
    /// <param name="allowNull">Whether an empty or <c>null</c> body is a valid result.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, bool allowNull, CancellationToken cancellationToken)
    {
        if (typeof(T) == typeof(string) && IsText(response.Content.Headers.ContentType?.MediaType))
        {
            // A text answer (an XML document, plain text) is the result itself, not a JSON string.
            return (T)(object)await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }

        T? body;
        try
        {
            using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var streamReader = new StreamReader(stream);
            using var jsonReader = new JsonTextReader(streamReader);
            body = LogtoJson.Serializer.Deserialize<T>(jsonReader);
        }
        catch (JsonException exception)
        {
            var mediaType = response.Content.Headers.ContentType?.MediaType ?? "no content type";
            throw await FailAsync(response, $"The response body ({mediaType}) is not valid JSON for {typeof(T).Name}.", exception, cancellationToken).ConfigureAwait(false);
        }

        if (body is null && !allowNull)
        {
            throw await FailAsync(response, "Response was null which was not expected.", null, cancellationToken).ConfigureAwait(false);
        }

        return body!;
    }

    /// <summary>Whether a media type is text that is not JSON: <c>text/*</c> or an XML type.</summary>
    private static bool IsText(string? mediaType) =>
        mediaType is not null
        && !mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase)
        && (mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("xml", StringComparison.OrdinalIgnoreCase));

    /// <summary>The exception for an error status.</summary>
    /// <param name="response">The response.</param>
    /// <param name="description">The spec's description of the status, or null when the operation does not declare it.</param>
    /// <param name="cancellationToken">Cancels the read of the body.</param>
    public static Task<LogtoApiException> FailureAsync(HttpResponseMessage response, string? description, CancellationToken cancellationToken) =>
        FailAsync(response, description ?? $"The HTTP status code of the response was not expected ({(int)response.StatusCode}).", null, cancellationToken);

    private static async Task<LogtoApiException> FailAsync(HttpResponseMessage response, string description, Exception? cause, CancellationToken cancellationToken)
    {
        var text = await TryReadTextAsync(response.Content, cancellationToken).ConfigureAwait(false);
        return new LogtoApiException(description, (int)response.StatusCode, text, LogtoHeaders.Of(response), cause);
    }

    /// <summary>The body as text, or null when it cannot be read again (a network stream already consumed).</summary>
    private static async Task<string?> TryReadTextAsync(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return null;
        }

        try
        {
            return await content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or HttpRequestException or ObjectDisposedException)
        {
            return null;
        }
    }
}
