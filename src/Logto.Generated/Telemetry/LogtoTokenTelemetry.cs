using System.Globalization;
using Tags = Logto.Generated.LogtoTelemetryTags;

namespace Logto.Generated;

/// <summary>
/// The telemetry of a token request, for <see cref="ClientCredentialsTokenProvider"/>: a <c>RequestToken</c> span around
/// all its attempts, and the token-request counter. Tagged with the OAuth error (such as <c>invalid_client</c>), never
/// with the client id, the secret, the token or a body.
/// </summary>
internal static class LogtoTokenTelemetry
{
    private const string TokenRouteTemplate = "/oidc/token";

    /// <summary>Starts the telemetry of a token request, or returns null when nobody listens.</summary>
    /// <param name="tokenEndpoint">The token endpoint; only its host is tagged.</param>
    /// <param name="rejected">Whether the API rejected the cached token (else no fresh token was cached).</param>
    /// <param name="timeProvider">The clock.</param>
    public static LogtoCallTelemetry? Start(Uri tokenEndpoint, bool rejected, TimeProvider timeProvider)
    {
        if (!LogtoInstruments.TokensObserved)
        {
            return null;
        }

        var call = new LogtoCallTelemetry(LogtoTelemetry.TokenRequestActivityName, "POST", TokenRouteTemplate, tokenEndpoint.Host, timeProvider);
        call.SetTag(Tags.TokenReason, rejected ? "rejected" : "uncached");
        return call;
    }

    /// <summary>Counts an issued token.</summary>
    public static void Issued(LogtoCallTelemetry? call) => Count(call, "success");

    /// <summary>Counts a refused or failed token request, with its OAuth error, status or cause as <c>error.type</c>.</summary>
    public static void Failed(LogtoCallTelemetry? call, LogtoAuthenticationException exception)
    {
        if (call is null)
        {
            return;
        }

        call.Fail(exception switch
        {
            { Error: { Length: > 0 and <= 100 } error } => error,
            { StatusCode: int status and >= 400 } => status.ToString(CultureInfo.InvariantCulture),
            { StatusCode: not null } => "invalid_token_response",
            { InnerException: { } cause } => LogtoCallTelemetry.ErrorTypeOf(cause),
            _ => LogtoCallTelemetry.ErrorTypeOf(exception),
        });
        Count(call, "failure");
    }

    private static void Count(LogtoCallTelemetry? call, string outcome)
    {
        if (call is null || !LogtoInstruments.TokenRequests.Enabled)
        {
            return;
        }

        var tags = new System.Diagnostics.TagList
        {
            { Tags.ServerAddress, call.ServerAddress },
            { Tags.TokenOutcome, outcome },
        };
        if (call.ErrorType is { } errorType)
        {
            tags.Add(Tags.ErrorType, errorType);
        }

        LogtoInstruments.TokenRequests.Add(1, tags);
    }
}
