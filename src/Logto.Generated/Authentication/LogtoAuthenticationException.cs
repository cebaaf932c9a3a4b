namespace Logto.Generated;

/// <summary>
/// Logto's token endpoint did not issue an access token: it answered with an OAuth error (such as
/// <c>invalid_client</c>), answered with something that is not a token, or could not be reached. The message and
/// properties never contain the client secret.
/// </summary>
public class LogtoAuthenticationException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong; it must not contain a secret.</param>
    public LogtoAuthenticationException(string message)
        : base(message)
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
        : base(message, innerException)
    {
        TokenEndpoint = tokenEndpoint;
        StatusCode = statusCode;
        Error = error;
        ErrorDescription = errorDescription;
        Code = code;
        RequestId = requestId;
        Response = response;
    }

    /// <summary>The token endpoint, such as <c>https://tenant.logto.app/oidc/token</c>.</summary>
    public Uri? TokenEndpoint { get; }

    /// <summary>The HTTP status code of the token endpoint's answer, or null when none arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>The OAuth error, such as <c>invalid_client</c>, <c>invalid_scope</c> or <c>invalid_target</c>.</summary>
    public string? Error { get; }

    /// <summary>The OAuth error description, such as <c>invalid client nope</c>.</summary>
    public string? ErrorDescription { get; }

    /// <summary>Logto's error code, such as <c>oidc.invalid_client</c>.</summary>
    public string? Code { get; }

    /// <summary>The <c>Logto-Core-Request-Id</c> response header, to quote when asking about a failure.</summary>
    public string? RequestId { get; }

    /// <summary>The token endpoint's response body (any echo of the client secret is redacted).</summary>
    public string? Response { get; }
}
