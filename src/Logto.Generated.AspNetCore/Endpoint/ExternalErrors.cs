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
}
