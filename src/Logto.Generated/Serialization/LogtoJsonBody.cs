using Newtonsoft.Json;

namespace Logto.Generated;

/// <summary>Reads an error or token body that may not be JSON at all (an HTML page from a proxy, say).</summary>
internal static class LogtoJsonBody
{
    /// <summary>Deserializes a JSON object body, or returns null when the body is empty, not an object or not valid JSON.</summary>
    public static T? TryDeserialize<T>(string? body)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            return JsonConvert.DeserializeObject<T>(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
