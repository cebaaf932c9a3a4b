using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Drift;

/// <summary>The facts of a schema that matter to a client: its type, nullability, enum values, properties and required names.</summary>
internal static class SchemaFacts
{
    public static readonly string[] Compositions = ["oneOf", "anyOf", "allOf"];

    /// <summary>The JSON type without format: "string", "object", "integer|string", "oneOf", "any".</summary>
    public static string BaseType(JObject schema) => schema["type"] switch
    {
        JValue { Type: JTokenType.String } type => (string)type!,
        JArray types => string.Join("|", types.Select(t => t.ToString()).Where(t => t != "null").Order(StringComparer.Ordinal)),
        _ => Compositions.FirstOrDefault(c => schema[c] is JArray)
            ?? (schema["properties"] is JObject || schema["additionalProperties"] is JObject ? "object"
                : schema["items"] is JObject ? "array" : "any"),
    };

    /// <summary>The type with its format, if any: "string(date-time)".</summary>
    public static string Type(JObject schema) =>
        schema["format"] is JValue { Type: JTokenType.String } format ? $"{BaseType(schema)}({(string)format!})" : BaseType(schema);

    public static bool IsNullable(JObject schema) =>
        schema["nullable"] is JValue { Type: JTokenType.Boolean } nullable && (bool)nullable
        || schema["type"] is JArray types && types.Any(t => t.ToString() == "null");

    public static IReadOnlyList<string> EnumValues(JObject schema) =>
        schema["enum"] is JArray values
            ? values.Select(v => v.Type == JTokenType.String ? (string)v! : v.ToString(Formatting.None)).ToList()
            : [];

    public static bool HasEnum(JObject schema) => schema["enum"] is JArray;

    public static JObject Properties(JObject schema) => schema["properties"] as JObject ?? [];

    public static ISet<string> Required(JObject schema) =>
        schema["required"] is JArray names ? names.Select(n => n.ToString()).ToHashSet(StringComparer.Ordinal) : new HashSet<string>();

    public static string? Description(JToken? node) => node?["description"]?.ToString();

    public static string Child(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
