namespace Logto.Generated;

/// <summary>
/// Logto's token endpoint did not issue an access token: it answered with an OAuth error (such as
/// <c>invalid_client</c>), answered with something that is not a token, or could not be reached. The message and
/// properties never contain the client secret. The status, Logto's code, the request id and the body of the token
/// endpoint's answer are on <see cref="LogtoException"/>; they are null when no answer arrived, and the cause (a
/// <see cref="LogtoTimeoutException"/> or an <see cref="HttpRequestException"/>, say) is the inner exception.
/// </summary>
public class LogtoAuthenticationException : LogtoException
{
    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong; it must not contain a secret.</param>
    public LogtoAuthenticationException(string message)
        : base(message, null)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What went wrong; it must not contain a secret.</param>
    /// <param name="innerException">The cause, such as an <see cref="HttpRequestException"/>.</param>
    public LogtoAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a response of the token endpoint.</summary>
    /// <param name="message">What went wrong; it must not contain a secret.</param>
    /// <param name="tokenEndpoint">The token endpoint that answered.</param>
    /// <param name="statusCode">The HTTP status code, or null when no response arrived.</param>
    /// <param name="error">The OAuth <c>error</c>.</param>
    /// <param name="errorDescription">The OAuth <c>error_description</c>.</param>
    /// <param name="code">Logto's error <c>code</c>.</param>
    /// <param name="requestId">The <c>Logto-Core-Request-Id</c> response header.</param>
    /// <param name="response">The response body.</param>
    /// <param name="innerException">The cause, if any.</param>
    public LogtoAuthenticationException(
        string message,
        Uri? tokenEndpoint,
        int? statusCode,
        string? error,
        string? errorDescription,
        string? code,
        string? requestId,
        string? response,
        Exception? innerException)
        : this(message, tokenEndpoint, new LogtoAnswer(statusCode, code, requestId, response, null), error, errorDescription, innerException)
    {
    }

    /// <summary>Creates the exception from what the token endpoint answered, its <c>Retry-After</c> included.</summary>
    internal LogtoAuthenticationException(string message, Uri? tokenEndpoint, LogtoAnswer answer, string? error, string? errorDescription, Exception? innerException)
        : base(message, answer with { ErrorMessage = answer.ErrorMessage ?? errorDescription }, innerException)
    {
        TokenEndpoint = tokenEndpoint;
        Error = error;
        ErrorDescription = errorDescription;
    }

    /// <summary>The token endpoint, such as <c>https://tenant.logto.app/oidc/token</c>.</summary>
    public Uri? TokenEndpoint { get; }

    /// <summary>The OAuth error, such as <c>invalid_client</c>, <c>invalid_scope</c> or <c>invalid_target</c>.</summary>
    public string? Error { get; }

    /// <summary>The OAuth error description, such as <c>invalid client nope</c>.</summary>
    public string? ErrorDescription { get; }
}
