using System.Net;
using System.Net.Http.Headers;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Logto.Generated;

/// <summary>
/// A non-success response from the Logto Management API, or a response body that could not be read. It carries the
/// HTTP status, Logto's error <see cref="Code"/>, <see cref="ErrorMessage"/>, <see cref="Details"/> and
/// <see cref="ErrorData"/>, the raw body and the <c>Logto-Core-Request-Id</c> of the request.
/// </summary>
public class LogtoApiException : Exception
{
    /// <summary>The header Logto puts on every response to identify the request in its logs.</summary>
    public const string RequestIdHeader = "Logto-Core-Request-Id";

    /// <summary>Creates the exception from a response; the generated clients call this.</summary>
    /// <param name="message">What went wrong, as the generated client describes it.</param>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="response">The raw response body, if any.</param>
    /// <param name="headers">The response and content headers.</param>
    /// <param name="innerException">The cause, such as a JSON error.</param>
    public LogtoApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, Exception? innerException)
        : this(statusCode, response, headers, innerException, message)
    {
    }

    private LogtoApiException(int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, Exception? innerException, string description)
        : this(statusCode, response, headers ?? new Dictionary<string, IEnumerable<string>>(), LogtoError.Parse(response), innerException, description)
    {
    }

    private LogtoApiException(int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, LogtoError? error, Exception? innerException, string description)
        : base(Describe(statusCode, error, LogtoHeaders.Find(headers, RequestIdHeader), description), innerException)
    {
        StatusCode = statusCode;
        Response = response;
        Headers = headers;
        Code = error?.Code;
        ErrorMessage = error?.Message;
        Details = error?.Details;
        ErrorData = error?.Data;
        RequestId = LogtoHeaders.Find(headers, RequestIdHeader);
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The HTTP status code as an enum.</summary>
    public HttpStatusCode Status => (HttpStatusCode)StatusCode;

    /// <summary>The raw response body, if any.</summary>
    public string? Response { get; }

    /// <summary>The response and content headers.</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

    /// <summary>Logto's error code, such as <c>entity.not_found</c> or <c>guard.invalid_input</c>; null when the body is not a Logto error.</summary>
    public string? Code { get; }

    /// <summary>Logto's human-readable error message.</summary>
    public string? ErrorMessage { get; }

    /// <summary>Logto's error details, when it gives any.</summary>
    public JToken? Details { get; }

    /// <summary>Logto's structured error data, such as the validation issues of a guard error.</summary>
    public JToken? ErrorData { get; }

    /// <summary>The <c>Logto-Core-Request-Id</c> response header, to quote when asking about a failure.</summary>
    public string? RequestId { get; }

    /// <summary>400: the request was invalid.</summary>
    public bool IsBadRequest => StatusCode == 400;

    /// <summary>401: the access token is missing, invalid or expired.</summary>
    public bool IsUnauthorized => StatusCode == 401;

    /// <summary>403: the token lacks the permission.</summary>
    public bool IsForbidden => StatusCode == 403;

    /// <summary>404: the entity does not exist.</summary>
    public bool IsNotFound => StatusCode == 404;

    /// <summary>409: the entity conflicts with an existing one.</summary>
    public bool IsConflict => StatusCode == 409;

    /// <summary>422: the request was understood but cannot be processed.</summary>
    public bool IsUnprocessableEntity => StatusCode == 422;

    /// <summary>429: too many requests; <see cref="RetryAfter"/> tells when to try again.</summary>
    public bool IsTooManyRequests => StatusCode == 429;

    /// <summary>5xx: the server or a gateway in front of it failed.</summary>
    public bool IsServerError => StatusCode is >= 500 and <= 599;

    /// <summary>
    /// The <c>Retry-After</c> response header (a delay or a date), sent with 429 and 503; null when absent or unreadable.
    /// </summary>
    public RetryConditionHeaderValue? RetryAfter =>
        RetryConditionHeaderValue.TryParse(LogtoHeaders.Find(Headers, "Retry-After"), out var value) ? value : null;

    private static string Describe(int statusCode, LogtoError? error, string? requestId, string description)
    {
        var text = error?.Code is null
            ? $"Logto API request failed with HTTP {statusCode}: {description}"
            : $"Logto API request failed with HTTP {statusCode} ({error.Code}): {error.Message}";
        return requestId is null ? text : $"{text} (request id {requestId})";
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
