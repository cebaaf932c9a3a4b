using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Logto.Generated.AspNetCore;

/// <summary>The <c>{code, message, data}</c> body of every response of the endpoint.</summary>
internal sealed record Envelope(
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("data")] object Data)
{
    /// <summary>
    /// Writes nulls, and leaves <c>&amp;</c>, <c>+</c> and other HTML-sensitive characters of URLs as they are: the body is
    /// <c>application/json</c>, never embedded in HTML.
    /// </summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Envelope Applications(IReadOnlyList<ThirdPartyApplication> applications) =>
        new(200, "Applications retrieved successfully", applications);

    public static Envelope InvalidToken() => new(401, "invalid token", new EmptyData());

    public static Envelope ValidationFailed(string key, string value) =>
        new(400, "validation failed", new ErrorData("validation_error", [new FieldError(key, "invalid", value)], null));

    public static Envelope ExternalApiError(FieldError error, LogtoErrorDetails details) =>
        new(500, "Failed to fetch applications from Logto", new ErrorData("external_api_error", [error], details));
}

/// <summary>The <c>{}</c> data of a 401.</summary>
internal sealed record EmptyData;

/// <summary>The data of a 500: <c>{type, errors, details}</c>.</summary>
internal sealed record ErrorData(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("errors")] IReadOnlyList<FieldError> Errors,
    [property: JsonPropertyName("details")] LogtoErrorDetails? Details);

/// <summary>One entry of <c>errors</c>: <c>{key, message, value}</c>.</summary>
internal sealed record FieldError(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("value")] string Value);

/// <summary>What Logto answered, when it answered: the <c>details</c> of an <c>external_api_error</c>.</summary>
internal sealed record LogtoErrorDetails(
    [property: JsonPropertyName("status")] int? Status,
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("request_id")] string? RequestId);
