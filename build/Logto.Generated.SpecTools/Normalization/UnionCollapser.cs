using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Normalization;

/// <summary>
/// Replaces a <c>oneOf</c>/<c>anyOf</c> with one schema that can hold the data of every branch, so that no branch is lost:
/// string branches become one string (their enum values united), object branches one object with the union of their
/// properties, a query parameter's "array or single value" an array, and anything mixed an untyped value (a JToken).
/// </summary>
internal sealed class UnionCollapser(Func<string, JObject?> resolveComponent)
{
    public const string UnionMarker = "x-logto-union";

    public static bool IsUnion(JObject schema) => schema["oneOf"] is JArray || schema["anyOf"] is JArray;

    /// <summary>Every union collapsed so far: its branches and what it became.</summary>
    public List<(string Branches, string Outcome)> Collapsed { get; } = [];

    public JObject Collapse(JObject schema, bool forQueryParameter)
    {
        var branches = Flatten([schema]);
        var nullable = SchemaKeys.IsNullable(schema) || branches.Any(SchemaKeys.IsNullable);
        var result = Merge(branches.Where(b => (string?)b["type"] != "null").ToList(), forQueryParameter);
        CopyIfPresent(schema, result, "description");
        CopyIfPresent(schema, result, "default");
        if (nullable)
        {
            result["nullable"] = true;
        }

        var description = string.Join(" | ", branches.Select(Describe));
        if (branches.Count > 1)
        {
            result[UnionMarker] = description;
        }

        Collapsed.Add((description, Outcome(result)));
        return result;
    }

    private List<JObject> Flatten(IEnumerable<JObject> schemas)
    {
        var result = new List<JObject>();
        foreach (var schema in schemas)
        {
            var union = schema["oneOf"] as JArray ?? schema["anyOf"] as JArray;
            if (union is not null)
            {
                result.AddRange(Flatten(union.OfType<JObject>()));
            }
            else
            {
                result.Add(Resolve(schema));
            }
        }

        return result;
    }

    private JObject Resolve(JObject schema)
    {
        var reference = (string?)schema["$ref"];
        if (reference is null)
        {
            return schema;
        }

        var target = resolveComponent(reference);
        return target is not null && (SchemaKeys.IsObject(target) || IsUnion(target)) ? target : schema;
    }

    private JObject Merge(List<JObject> input, bool forQueryParameter)
    {
        var branches = Flatten(input);
        if (branches.Count == 0)
        {
            return new JObject();
        }

        if (branches.Count == 1 || branches.Select(SchemaKeys.Canonical).Distinct().Count() == 1)
        {
            return (JObject)branches[0].DeepClone();
        }

        if (branches.All(b => (string?)b["$ref"] is null && SchemaKeys.IsString(b)))
        {
            return MergeStrings(branches);
        }

        if (branches.All(b => (string?)b["$ref"] is null && SchemaKeys.IsObject(b)))
        {
            return MergeObjects(branches);
        }

        var arrays = branches.Where(b => (string?)b["type"] == "array").ToList();
        if (arrays.Count == branches.Count || (forQueryParameter && arrays.Count > 0))
        {
            var items = arrays.Select(a => a["items"] as JObject ?? new JObject()).Concat(branches.Except(arrays)).ToList();
            return new JObject { ["type"] = "array", ["items"] = Merge(items, false) };
        }

        return MergeScalars(branches);
    }

    private static JObject MergeScalars(List<JObject> branches)
    {
        var types = branches.Select(b => (string?)b["type"]).Distinct().ToList();
        if (types.All(t => t is "number" or "integer"))
        {
            return new JObject { ["type"] = types.Count == 1 ? types[0] : "number" };
        }

        return types.Count == 1 && types[0] == "boolean" ? new JObject { ["type"] = "boolean" } : new JObject();
    }

    private static JObject MergeStrings(List<JObject> branches)
    {
        var literals = branches.Select(LiteralValues).ToList();
        if (literals.All(l => l is not null))
        {
            var values = literals.SelectMany(l => l!).Distinct(StringComparer.Ordinal).ToList();
            if (values.All(v => v is "true" or "false"))
            {
                return new JObject { ["type"] = "boolean" };
            }

            return new JObject { ["type"] = "string", ["enum"] = new JArray(values) };
        }

        var result = new JObject { ["type"] = "string" };
        var formats = branches.Select(b => (string?)b["format"]).Distinct().ToList();
        if (formats.Count == 1 && formats[0] is not null)
        {
            result["format"] = formats[0];
        }

        return result;
    }

    /// <summary>The wire values a string branch allows, or null when it allows any string.</summary>
    private static IReadOnlyList<string>? LiteralValues(JObject branch)
    {
        if (branch["enum"] is JArray values)
        {
            return values.Select(v => (string?)v ?? string.Empty).ToList();
        }

        var format = (string?)branch["format"];
        return format is { Length: >= 2 } && format[0] == '"' && format[^1] == '"' ? [format[1..^1]] : null;
    }

    private JObject MergeObjects(List<JObject> branches)
    {
        var properties = new JObject();
        var names = branches.SelectMany(b => (b["properties"] as JObject)?.Properties().Select(p => p.Name) ?? []).Distinct();
        foreach (var name in names)
        {
            var schemas = branches.Select(b => b["properties"]?[name] as JObject).OfType<JObject>().ToList();
            properties[name] = Merge(schemas, false);
        }

        var required = branches.Select(b => (b["required"] as JArray)?.Select(r => (string)r!) ?? [])
            .Aggregate((a, b) => a.Intersect(b, StringComparer.Ordinal)).ToList();
        var result = new JObject { ["type"] = "object", ["properties"] = properties };
        if (required.Count > 0)
        {
            result["required"] = new JArray(required);
        }

        var description = branches.Select(b => (string?)b["description"]).FirstOrDefault(d => d is not null);
        if (description is not null)
        {
            result["description"] = description;
        }

        return result;
    }

    private static string Outcome(JObject result) => (string?)result["type"] switch
    {
        null when result["$ref"] is not null => "reference",
        null => "untyped",
        "string" when result["enum"] is not null => "enum",
        "object" => result["properties"] is null ? "dictionary" : "merged object",
        { } type => type,
    };

    private static string Describe(JObject branch)
    {
        var reference = (string?)branch["$ref"];
        if (reference is not null)
        {
            return reference[(reference.LastIndexOf('/') + 1)..];
        }

        var type = (string?)branch["type"] ?? (branch["properties"] is null ? "any" : "object");
        return branch["enum"] is JArray values ? $"{type}({string.Join(",", values)})" : type;
    }

    private static void CopyIfPresent(JObject from, JObject to, string key)
    {
        if (from[key] is { } value)
        {
            to[key] = value.DeepClone();
        }
    }
}
