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
        if (statusCode == 404)
        {
            // Nothing answers at {Endpoint}/oidc/token: the endpoint is wrong, not the credentials.
            return new LogtoAuthenticationException(
                NotFoundMessage(tokenEndpoint, requestId), tokenEndpoint, new LogtoAnswer(statusCode, parsed?.Code, requestId, body, retryAfter), parsed?.Error, parsed?.ErrorDescription, null);
        }

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

    /// <summary>The message of a 404 from the token endpoint, which says that the configured endpoint is wrong.</summary>
    public static string NotFoundMessage(Uri tokenEndpoint, string? requestId) =>
        $"Logto's token endpoint {tokenEndpoint} was not found (HTTP 404{(requestId is null ? string.Empty : "; request id " + requestId)}): "
        + "the Endpoint option is probably wrong. It must be the root URL of your Logto, such as https://your-tenant.logto.app "
        + "(without /api or /oidc), from which the client calls {Endpoint}/oidc/token and {Endpoint}/api/....";

    public static LogtoAuthenticationException InvalidToken(Uri tokenEndpoint, int statusCode, string? requestId, string problem) =>
        new($"Logto's token endpoint {tokenEndpoint} answered HTTP {statusCode} without a usable access token: {problem}.",
            tokenEndpoint, statusCode, null, null, null, requestId, null, null);

    public static LogtoAuthenticationException Unreachable(Uri tokenEndpoint, Exception cause, string? secret) =>
        new(LogtoCredentialRedaction.Redact($"Could not get an access token from Logto's token endpoint {tokenEndpoint}: {cause.GetType().Name}: {cause.Message}", secret)!,
            tokenEndpoint, null, null, null, null, null, null, cause);
}
