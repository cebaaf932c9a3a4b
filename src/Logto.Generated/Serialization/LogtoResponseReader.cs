using Newtonsoft.Json;

namespace Logto.Generated;

/// <summary>
/// Reads the JSON body of a successful response for the generated clients (their <c>ReadObjectResponseAsync</c>).
/// It parses from the stream; when the body is not valid JSON for the expected type (an HTML page from a proxy, a
/// body cut short, a wrong type), it throws a <see cref="LogtoApiException"/> with the status, the headers and, when
/// the body can be read again (the client's pipeline keeps every body in memory), the raw body.
/// </summary>
internal static class LogtoResponseReader
{
    /// <summary>Reads the body as <typeparamref name="T"/>; the text is returned only when it was read as a string or the result is null.</summary>
    public static async Task<(T? Body, string Text)> ReadAsync<T>(
        HttpResponseMessage? response,
        IReadOnlyDictionary<string, IEnumerable<string>> headers,
        JsonSerializerSettings settings,
        bool readAsString,
        CancellationToken cancellationToken)
    {
        if (response?.Content is not { } content)
        {
            return (default, string.Empty);
        }

        if (readAsString)
        {
            var text = await content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return (JsonConvert.DeserializeObject<T>(text, settings), text);
            }
            catch (JsonException exception)
            {
                throw Unreadable<T>(response, text, headers, exception);
            }
        }

        T? body;
        try
        {
            body = await DeserializeAsync<T>(content, settings, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException exception)
        {
            throw Unreadable<T>(response, await TryReadTextAsync(content, cancellationToken).ConfigureAwait(false), headers, exception);
        }

        return body is null ? (body, await TryReadTextAsync(content, cancellationToken).ConfigureAwait(false) ?? string.Empty) : (body, string.Empty);
    }

    private static async Task<T?> DeserializeAsync<T>(HttpContent content, JsonSerializerSettings settings, CancellationToken cancellationToken)
    {
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var streamReader = new StreamReader(stream);
        using var jsonReader = new JsonTextReader(streamReader);
        return JsonSerializer.Create(settings).Deserialize<T>(jsonReader);
    }

    /// <summary>The body as text, or null when it cannot be read again (a network stream already consumed).</summary>
    private static async Task<string?> TryReadTextAsync(HttpContent content, CancellationToken cancellationToken)
    {
        try
        {
            return await content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or HttpRequestException or ObjectDisposedException)
        {
            return null;
        }
    }

    private static LogtoApiException Unreadable<T>(
        HttpResponseMessage response, string? text, IReadOnlyDictionary<string, IEnumerable<string>> headers, JsonException exception)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "no content type";
        var message = $"The response body ({mediaType}) is not valid JSON for {typeof(T).Name}.";
        return new LogtoApiException(message, (int)response.StatusCode, text, headers, exception);
    }
}
