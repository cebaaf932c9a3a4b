using Newtonsoft.Json.Linq;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>Builds a JSON value that fills every property of a normalized schema, for wire and round-trip tests.</summary>
internal static class SampleJson
{
    public const string Instant = "2026-01-02T03:04:05+00:00";

    /// <summary>A Logto timestamp (the normalized spec marks them with the <c>date</c> format): milliseconds since the Unix epoch.</summary>
    public const long EpochMilliseconds = 1767323045123;
    private const int MaxDepth = 16;

    public static JToken For(JObject schema) => For(schema, 0, []);

    private static JToken For(JObject schema, int depth, HashSet<string> visiting)
    {
        var reference = (string?)schema["$ref"];
        if (reference is not null && !visiting.Add(reference))
        {
            return new JObject();
        }

        try
        {
            return ForResolved(NormalizedSpec.Resolve(schema), depth, visiting);
        }
        finally
        {
            if (reference is not null)
            {
                visiting.Remove(reference);
            }
        }
    }

    private static JToken ForResolved(JObject schema, int depth, HashSet<string> visiting)
    {
        if (schema["enum"] is JArray values)
        {
            return values.First().DeepClone();
        }

        return (string?)schema["type"] switch
        {
            "object" => ForObject(schema, depth, visiting),
            "array" => depth >= MaxDepth ? new JArray() : new JArray(For((JObject)schema["items"]!, depth + 1, visiting)),
            "string" => (string?)schema["format"] switch
            {
                "date-time" => Instant,
                "date" => EpochMilliseconds,
                _ => "text",
            },
            "integer" => 7,
            "number" => 2.5,
            "boolean" => true,
            _ => new JObject { ["any"] = "value" },
        };
    }

    private static JObject ForObject(JObject schema, int depth, HashSet<string> visiting)
    {
        var result = new JObject();
        if (depth >= MaxDepth)
        {
            return result;
        }

        foreach (var property in (schema["properties"] as JObject)?.Properties() ?? [])
        {
            result[property.Name] = For((JObject)property.Value, depth + 1, visiting);
        }

        if (schema["properties"] is null && schema["additionalProperties"] is JObject values)
        {
            result["key"] = values.HasValues ? For(values, depth + 1, visiting) : "value";
        }

        return result;
    }
}
