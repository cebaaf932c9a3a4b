namespace Logto.Generated;

/// <summary>
/// The root of every failure the client reports, so that one <c>catch (LogtoException)</c> covers them all:
/// <list type="bullet">
/// <item><see cref="LogtoApiException"/>: the Management API answered with an error status, or with a body that could not be read;</item>
/// <item><see cref="LogtoAuthenticationException"/>: the token endpoint did not issue an access token;</item>
/// <item><see cref="LogtoTimeoutException"/>: no complete answer arrived in time;</item>
/// <item><see cref="LogtoTransportException"/>: the request could not be sent or its answer broke off (connection refused or reset, name resolution);</item>
/// <item><see cref="Webhooks.LogtoWebhookPayloadException"/>: a webhook body is not a Logto event;</item>
/// <item><see cref="LogtoRateLimitException"/>: the client-side rate limit (<see cref="LogtoClientOptions.RateLimit"/>) gave the request no turn in time, so it was not sent;</item>
/// <item><see cref="ThirdPartyApplicationCatalogLoadingException"/>: the third-party applications catalog was still loading.</item>
/// </list>
/// What an answer said (<see cref="StatusCode"/>, Logto's <see cref="Code"/> and <see cref="ErrorMessage"/>,
/// <see cref="RequestId"/>, <see cref="ResponseBody"/>, <see cref="RetryAfter"/>) lives here, null when no answer arrived. Messages, properties and <see cref="object.ToString"/>
/// never contain a client secret or an access token.
/// </summary>
public abstract class LogtoException : Exception
{
    /// <summary>The header Logto puts on every response to identify the request in its logs.</summary>
    public const string RequestIdHeader = "Logto-Core-Request-Id";

    private protected LogtoException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    private protected LogtoException(string message, LogtoAnswer answer, Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = answer.StatusCode;
        Code = answer.Code;
        RequestId = answer.RequestId;
        ErrorMessage = answer.ErrorMessage;
        ResponseBody = answer.ResponseBody;
        RetryAfter = answer.RetryAfter;
    }

    /// <summary>The HTTP status code of the answer, or null when none arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>Logto's error code, such as <c>entity.not_found</c>, <c>guard.invalid_input</c> or <c>oidc.invalid_client</c>; null when the answer did not carry one.</summary>
    public string? Code { get; }

    /// <summary>The <c>Logto-Core-Request-Id</c> response header, to quote when asking about a failure.</summary>
    public string? RequestId { get; }

    /// <summary>
    /// The server's human-readable error message: Logto's <c>message</c>, or the token endpoint's
    /// <c>error_description</c>; null when the answer did not carry one.
    /// </summary>
    public string? ErrorMessage { get; }

    /// <summary>The raw response body as text, if any (a credential the server echoed is redacted).</summary>
    public string? ResponseBody { get; }

    /// <summary>
    /// How long the server asked to wait before trying again (the <c>Retry-After</c> header of a 429 or 503, in seconds
    /// or as a date measured against the response's <c>Date</c> header, else the system clock; zero for a date already
    /// past); null when it did not say.
    /// </summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>400: the request was invalid.</summary>
    public bool IsBadRequest => StatusCode == 400;

    /// <summary>401: the access token (or, from the token endpoint, the client credentials) is missing, invalid or expired.</summary>
    public bool IsUnauthorized => StatusCode == 401;

    /// <summary>403: the token lacks the permission.</summary>
    public bool IsForbidden => StatusCode == 403;

    /// <summary>404: the entity does not exist.</summary>
    public bool IsNotFound => StatusCode == 404;

    /// <summary>409: the entity conflicts with an existing one.</summary>
    public bool IsConflict => StatusCode == 409;

    /// <summary>422: the request was understood but cannot be processed.</summary>
    public bool IsUnprocessableEntity => StatusCode == 422;

    /// <summary>429: too many requests; <see cref="RetryAfter"/> tells when to try again, when the server says.</summary>
    public bool IsTooManyRequests => StatusCode == 429;

    /// <summary>5xx: the server or a gateway in front of it failed.</summary>
    public bool IsServerError => StatusCode is >= 500 and <= 599;
}
