using System.Globalization;
using System.Text;

namespace Logto.Generated;

/// <summary>Builds the <see cref="LogtoAuthenticationException"/> of a failed token request, with the secret redacted.</summary>
internal static class LogtoTokenEndpointErrors
{
    public static LogtoAuthenticationException FromResponse(Uri tokenEndpoint, int statusCode, string? body, string? requestId, TimeSpan? retryAfter, string? secret)
    {
        body = LogtoCredentialRedaction.Redact(body, secret);
        var parsed = LogtoTokenResponse.Parse(body);
        var message = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Logto's token endpoint {tokenEndpoint} refused to issue an access token (HTTP {statusCode}")
            .Append(parsed?.Error is null ? string.Empty : ", " + parsed.Error)
            .Append(parsed?.ErrorDescription is null ? string.Empty : ": " + parsed.ErrorDescription)
            .Append(')')
            .Append(parsed?.Code is null ? string.Empty : $"; Logto code {parsed.Code}")
            .Append(requestId is null ? string.Empty : $"; request id {requestId}")
            .Append('.')
            .ToString();
        return new LogtoAuthenticationException(
            message, tokenEndpoint, new LogtoAnswer(statusCode, parsed?.Code, requestId, body, retryAfter), parsed?.Error, parsed?.ErrorDescription, null);
    }

    public static LogtoAuthenticationException InvalidToken(Uri tokenEndpoint, int statusCode, string? requestId, string problem) =>
        new($"Logto's token endpoint {tokenEndpoint} answered HTTP {statusCode} without a usable access token: {problem}.",
            tokenEndpoint, statusCode, null, null, null, requestId, null, null);

    public static LogtoAuthenticationException Unreachable(Uri tokenEndpoint, Exception cause, string? secret) =>
        new(LogtoCredentialRedaction.Redact($"Could not get an access token from Logto's token endpoint {tokenEndpoint}: {cause.GetType().Name}: {cause.Message}", secret)!,
            tokenEndpoint, null, null, null, null, null, null, cause);
}
