using Newtonsoft.Json;

namespace Logto.Generated;

/// <summary>The JSON body of a token endpoint response: a token on success, OAuth and Logto error fields on failure.</summary>
internal sealed class LogtoTokenResponse
{
    [JsonProperty("access_token")]
    public string? AccessToken { get; set; }

    [JsonProperty("expires_in")]
    public long? ExpiresIn { get; set; }

    [JsonProperty("token_type")]
    public string? TokenType { get; set; }

    [JsonProperty("scope")]
    public string? Scope { get; set; }

    [JsonProperty("error")]
    public string? Error { get; set; }

    [JsonProperty("error_description")]
    public string? ErrorDescription { get; set; }

    [JsonProperty("code")]
    public string? Code { get; set; }

    /// <summary>Parses a body, or returns null when it is not a JSON object.</summary>
    public static LogtoTokenResponse? Parse(string? body) => LogtoJsonBody.TryDeserialize<LogtoTokenResponse>(body);
}
