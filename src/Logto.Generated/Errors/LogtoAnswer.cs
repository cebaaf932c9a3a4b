namespace Logto.Generated;

/// <summary>What an answer that ended in a <see cref="LogtoException"/> said; every part is null when it did not say it.</summary>
/// <param name="StatusCode">The HTTP status code.</param>
/// <param name="Code">Logto's error code.</param>
/// <param name="RequestId">The <c>Logto-Core-Request-Id</c> response header.</param>
/// <param name="ResponseBody">The response body, credentials redacted.</param>
/// <param name="RetryAfter">The wait the <c>Retry-After</c> header asks for.</param>
/// <param name="ErrorMessage">The server's human-readable error message.</param>
internal readonly record struct LogtoAnswer(int? StatusCode, string? Code, string? RequestId, string? ResponseBody, TimeSpan? RetryAfter, string? ErrorMessage = null);
