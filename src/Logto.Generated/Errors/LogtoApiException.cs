using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Logto.Generated;

/// <summary>
/// A non-success response from the Logto Management API, or a response body that could not be read. Besides what
/// <see cref="LogtoException"/> carries (status, Logto's code and message, request id, raw body, <c>Retry-After</c>),
/// it gives Logto's <see cref="Details"/>, <see cref="ErrorData"/> and the response <see cref="Headers"/>.
/// </summary>
public class LogtoApiException : LogtoException
{
    /// <summary>Creates the exception from a response; the generated clients call this.</summary>
    /// <param name="message">What went wrong, as the generated client describes it.</param>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="responseBody">The raw response body, if any.</param>
    /// <param name="headers">The response and content headers.</param>
    /// <param name="innerException">The cause, such as a JSON error.</param>
    public LogtoApiException(string message, int statusCode, string? responseBody, IReadOnlyDictionary<string, IEnumerable<string>>? headers, Exception? innerException)
        : this(statusCode, responseBody, headers ?? new Dictionary<string, IEnumerable<string>>(), LogtoError.Parse(responseBody), innerException, message)
    {
    }

    private LogtoApiException(int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, LogtoError? error, Exception? innerException, string description)
        : this(new LogtoAnswer(statusCode, error?.Code, LogtoHeaders.Find(headers, RequestIdHeader), response, LogtoRetryAfter.Of(headers, TimeProvider.System), error?.Message), headers, error, innerException, description)
    {
    }

    private LogtoApiException(LogtoAnswer answer, IReadOnlyDictionary<string, IEnumerable<string>> headers, LogtoError? error, Exception? innerException, string description)
        : base(Describe(answer, error, description), answer, innerException)
    {
        Headers = headers;
        Details = error?.Details;
        ErrorData = error?.Data;
    }

    /// <summary>The response and content headers.</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

    /// <summary>Logto's error details, when it gives any.</summary>
    public JToken? Details { get; }

    /// <summary>Logto's structured error data, such as the validation issues of a guard error.</summary>
    public JToken? ErrorData { get; }

    private static string Describe(LogtoAnswer answer, LogtoError? error, string description)
    {
        var text = error?.Code is null
            ? $"Logto API request failed with HTTP {answer.StatusCode}: {description}"
            : $"Logto API request failed with HTTP {answer.StatusCode} ({error.Code}): {error.Message}";
        return answer.RequestId is null ? text : $"{text} (request id {answer.RequestId})";
    }
}

/// <summary>The JSON body of a Logto error: <c>{code, message, details?, data?}</c>.</summary>
internal sealed class LogtoError
{
    [JsonProperty("code")]
    public string? Code { get; set; }

    [JsonProperty("message")]
    public string? Message { get; set; }

    [JsonProperty("details")]
    public JToken? Details { get; set; }

    [JsonProperty("data")]
    public JToken? Data { get; set; }

    /// <summary>Parses a body as a Logto error, or returns null when it is not one (HTML from a proxy, say).</summary>
    public static LogtoError? Parse(string? body) =>
        LogtoJsonBody.TryDeserialize<LogtoError>(body) is { } error && (error.Code is not null || error.Message is not null) ? error : null;
}
