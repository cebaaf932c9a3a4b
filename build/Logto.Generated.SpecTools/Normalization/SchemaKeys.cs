using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Normalization;

/// <summary>Schema keywords and the canonical form used to decide when two schemas are the same type.</summary>
internal static class SchemaKeys
{
    /// <summary>Keywords that change neither the C# type nor the wire format, and so are left out of structural identity.</summary>
    private static readonly HashSet<string> Cosmetic = new(StringComparer.Ordinal)
    {
        "description", "example", "examples", "title", "deprecated", "maxLength", "minLength", "pattern",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "maxItems", "minItems", "uniqueItems",
    };

    public static bool IsObject(JObject schema) =>
        (string?)schema["type"] == "object" || schema["properties"] is JObject;

    public static bool IsString(JObject schema) => (string?)schema["type"] == "string";

    public static bool IsNullable(JObject schema) => schema["nullable"]?.Type == JTokenType.Boolean && (bool)schema["nullable"]!;

    /// <summary>A deterministic text of the schema with sorted keys, ignoring cosmetic keywords.</summary>
    public static string Canonical(JToken token)
    {
        var writer = new StringWriter();
        Write(token, writer);
        return writer.ToString();
    }

    private static void Write(JToken token, StringWriter writer)
    {
        switch (token)
        {
            case JObject obj:
                writer.Write('{');
                foreach (var property in obj.Properties().Where(p => !Cosmetic.Contains(p.Name) && !p.Name.StartsWith("x-", StringComparison.Ordinal)).OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.Write(Newtonsoft.Json.JsonConvert.ToString(property.Name));
                    writer.Write(':');
                    Write(property.Name is "required" or "enum" ? Sorted(property.Value) : property.Value, writer);
                    writer.Write(',');
                }

                writer.Write('}');
                break;
            case JArray array:
                writer.Write('[');
                foreach (var item in array)
                {
                    Write(item, writer);
                    writer.Write(',');
                }

                writer.Write(']');
                break;
            default:
                writer.Write(token.ToString(Newtonsoft.Json.Formatting.None));
                break;
        }
    }

    private static JToken Sorted(JToken token) =>
        token is JArray array ? new JArray(array.Select(t => t.ToString(Newtonsoft.Json.Formatting.None)).Distinct().Order(StringComparer.Ordinal)) : token;
}
