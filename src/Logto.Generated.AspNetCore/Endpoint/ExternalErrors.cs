namespace Logto.Generated.AspNetCore;

/// <summary>
/// Describes a failure to talk to Logto for the <c>external_api_error</c> envelope: Logto's own status, code, message
/// and request id when it answered; a fixed text otherwise. Raw response bodies and exception messages (which may
/// name internal hosts) are left out; the exception is logged instead.
/// </summary>
internal static class ExternalErrors
{
    public static Envelope Describe(Exception exception) => exception switch
    {
        ThirdPartyApplicationCatalogLoadingException loading => Envelope.ExternalApiError(
            new FieldError("catalog", "loading", string.Empty),
            new LogtoErrorDetails(null, null, $"The third-party applications catalog is still loading; try again in {RetryAfterSeconds(loading)} s.", null)),
        LogtoRateLimitException => Envelope.ExternalApiError(
            new FieldError("logto", "rate_limited", string.Empty),
            new LogtoErrorDetails(null, null, "The Logto tenant's request budget is spent for now; try again shortly.", null)),
        LogtoApiException api => Envelope.ExternalApiError(
            new FieldError("logto", api.Code ?? "http_" + api.StatusCode, api.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
            new LogtoErrorDetails(api.StatusCode, api.Code, api.ErrorMessage ?? "Logto answered HTTP " + api.StatusCode + ".", api.RequestId)),
        LogtoAuthenticationException authentication => Envelope.ExternalApiError(
            new FieldError("logto_token", authentication.Error ?? authentication.Code ?? "token_request_failed", authentication.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
            new LogtoErrorDetails(authentication.StatusCode, authentication.Code ?? authentication.Error, "The Management API token could not be obtained.", authentication.RequestId)),
        _ => Envelope.ExternalApiError(
            new FieldError("logto", "unavailable", string.Empty),
            new LogtoErrorDetails(null, null, "Logto could not be reached or gave an unusable answer.", null)),
    };

    /// <summary>
    /// The <c>Retry-After</c> of a failure that says when to try again (the catalog still loading, the client-side rate
    /// limit), in whole seconds; null for other failures, whose cause a retry may not cure.
    /// </summary>
    public static int? RetryAfter(Exception exception) =>
        exception is ThirdPartyApplicationCatalogLoadingException or LogtoRateLimitException ? RetryAfterSeconds((LogtoException)exception) : null;

    private static int RetryAfterSeconds(LogtoException exception) =>
        (int)Math.Max(1, Math.Ceiling((exception.RetryAfter ?? TimeSpan.FromSeconds(1)).TotalSeconds));
}
