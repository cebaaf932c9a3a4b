using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.Webhooks;

/// <summary>Lenient reading of delivery fields: a missing field, a null or a value of another type reads as absent.</summary>
internal static class WebhookJson
{
    private static readonly JsonLoadSettings LoadSettings = new() { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Replace };

    public static JObject ParseObject(string body)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(body)) { DateParseHandling = DateParseHandling.None, MaxDepth = 256 };
            var token = JToken.ReadFrom(reader, LoadSettings);
            if (reader.Read() && reader.TokenType != JsonToken.Comment)
            {
                throw new LogtoWebhookPayloadException("The body is not a Logto webhook event: more follows the JSON value.");
            }

            return token as JObject ?? throw new LogtoWebhookPayloadException($"The body is not a Logto webhook event: it is a JSON {token.Type}, not an object.");
        }
        catch (JsonException exception)
        {
            throw new LogtoWebhookPayloadException("The body is not a Logto webhook event: it is not valid JSON.", exception);
        }
    }

    public static string? String(JObject json, string name) => json[name] is JValue { Type: JTokenType.String or JTokenType.Integer or JTokenType.Float, Value: { } value }
        ? Convert.ToString(value, CultureInfo.InvariantCulture)
        : null;

    public static int? Integer(JObject json, string name) =>
        json[name] is JValue { Type: JTokenType.Integer, Value: { } value } && long.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), out var number) && number is >= int.MinValue and <= int.MaxValue
            ? (int)number
            : null;

    public static DateTimeOffset? Time(JObject json, string name) => json[name] switch
    {
        JValue { Type: JTokenType.String, Value: string text } when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) => time,
        JValue { Type: JTokenType.Integer, Value: { } value } when long.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), out var ms) && ms is >= 0 and <= 253402300799999 => DateTimeOffset.FromUnixTimeMilliseconds(ms),
        _ => null,
    };

    public static IReadOnlyDictionary<string, string> Strings(JObject json, string name)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (json[name] is JObject map)
        {
            foreach (var property in map.Properties())
            {
                if (String(map, property.Name) is { } value)
                {
                    values[property.Name] = value;
                }
            }
        }

        return values;
    }

    public static IReadOnlyList<string> List(JObject json, string name) =>
        json[name] is JArray array
            ? array.OfType<JValue>().Where(item => item.Type is JTokenType.String or JTokenType.Integer).Select(item => Convert.ToString(item.Value, CultureInfo.InvariantCulture)!).ToList()
            : [];

    /// <summary>A generated model read with the clients' settings; null when absent, null, or not an object.</summary>
    public static T? Model<T>(JObject json, string name)
        where T : class
    {
        if (json[name] is not JObject value)
        {
            return null;
        }

        try
        {
            return value.ToObject<T>(LogtoJson.Serializer);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
