using System.Net.Http.Headers;

namespace Logto.Generated;

/// <summary>
/// The raw side of a response: its status and headers, such as the <c>Logto-Core-Request-Id</c> to quote when asking
/// about a call. Every operation gives it without a second request: <c>...WithResponseAsync</c> returns it with the
/// body, and each page of a list carries the response it came from. Headers are read from the response only when asked for.
/// </summary>
public class LogtoResponse
{
    private readonly HttpResponseHeaders? _responseHeaders;
    private readonly HttpContentHeaders? _contentHeaders;
    private IReadOnlyDictionary<string, IEnumerable<string>>? _headers;

    /// <summary>Creates a response from a status and headers, for tests and hand-made fakes.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="headers">The response and content headers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="headers"/> is null.</exception>
    public LogtoResponse(int statusCode, IReadOnlyDictionary<string, IEnumerable<string>> headers)
    {
        StatusCode = statusCode;
        _headers = headers ?? throw new ArgumentNullException(nameof(headers));
    }

    /// <summary>Copies another response's status and headers (no copy of the headers themselves is made).</summary>
    /// <param name="response">The response.</param>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    protected LogtoResponse(LogtoResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        StatusCode = response.StatusCode;
        _responseHeaders = response._responseHeaders;
        _contentHeaders = response._contentHeaders;
        _headers = response._headers;
    }

    /// <summary>Keeps the status and the header collections of a response the generated clients received, not its body.</summary>
    internal LogtoResponse(HttpResponseMessage response)
    {
        StatusCode = (int)response.StatusCode;
        _responseHeaders = response.Headers;
        _contentHeaders = response.Content?.Headers;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The response and content headers, by case-insensitive name.</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers => _headers ??= CopyHeaders();

    /// <summary>The <c>Logto-Core-Request-Id</c> header.</summary>
    public string? RequestId => GetHeader(LogtoApiException.RequestIdHeader);

    /// <summary>The first value of a response or content header, or null when it is absent.</summary>
    /// <param name="name">The header name, in any case.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public string? GetHeader(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_headers is not null)
        {
            return LogtoHeaders.Find(_headers, name);
        }

        return First(_responseHeaders, name) ?? First(_contentHeaders, name);
    }

    private static string? First(HttpHeaders? headers, string name)
    {
        if (headers is not null && headers.NonValidated.TryGetValues(name, out var values))
        {
            foreach (var value in values)
            {
                return value;
            }
        }

        return null;
    }

    private Dictionary<string, IEnumerable<string>> CopyHeaders()
    {
        var headers = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in (IEnumerable<KeyValuePair<string, IEnumerable<string>>>?)_responseHeaders ?? [])
        {
            headers[header.Key] = header.Value;
        }

        foreach (var header in (IEnumerable<KeyValuePair<string, IEnumerable<string>>>?)_contentHeaders ?? [])
        {
            headers[header.Key] = header.Value;
        }

        return headers;
    }
}

/// <summary>A response with its parsed body, as the <c>...WithResponseAsync</c> methods return it.</summary>
/// <typeparam name="T">The type of the body.</typeparam>
public class LogtoResponse<T> : LogtoResponse
{
    /// <summary>Creates a response from a status, headers and a body, for tests and hand-made fakes.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="headers">The response and content headers.</param>
    /// <param name="value">The parsed body.</param>
    public LogtoResponse(int statusCode, IReadOnlyDictionary<string, IEnumerable<string>> headers, T value)
        : base(statusCode, headers)
    {
        Value = value;
    }

    /// <summary>Pairs a body with the response it came from.</summary>
    /// <param name="response">The response.</param>
    /// <param name="value">The parsed body.</param>
    public LogtoResponse(LogtoResponse response, T value)
        : base(response)
    {
        Value = value;
    }

    /// <summary>The parsed body.</summary>
    public T Value { get; }
}

/// <summary>Receives the response of a call made by a <c>...WithResponseAsync</c> method.</summary>
internal sealed class LogtoResponseCapture
{
    public LogtoResponse? Response { get; private set; }

    public void Capture(HttpResponseMessage response) => Response = new LogtoResponse(response);
}
