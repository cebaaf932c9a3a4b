using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Drift;

/// <summary>
/// Compares two schemas after resolving their references: type (with format and enum-ness), nullability, enum values,
/// properties and their required flags, array items, map values and oneOf/anyOf/allOf branches (matched by position).
/// A reference that cannot be resolved (a truncated fragment) is assumed unchanged when both sides name the same target.
/// </summary>
internal sealed class SchemaComparer(RefResolver baseRefs, RefResolver upstreamRefs)
{
    private readonly HashSet<(string?, string?)> inProgress = [];

    public void Compare(JToken? baseNode, JToken? upstreamNode, ChangeSite site, string path = "")
    {
        var baseSchema = baseRefs.Resolve(baseNode);
        var upstreamSchema = upstreamRefs.Resolve(upstreamNode);
        if (baseSchema.Node is null || upstreamSchema.Node is null)
        {
            CompareUnresolved(baseSchema, upstreamSchema, site, path);
            return;
        }

        var pair = (baseSchema.Reference, upstreamSchema.Reference);
        var referenced = pair != (null, null);
        if (referenced && !inProgress.Add(pair))
        {
            return;
        }

        try
        {
            CompareSchemas(baseSchema.Node, upstreamSchema.Node, site, path);
        }
        finally
        {
            if (referenced)
            {
                inProgress.Remove(pair);
            }
        }
    }

    private static void CompareUnresolved(Resolved baseSchema, Resolved upstreamSchema, ChangeSite site, string path)
    {
        var sameTarget = baseSchema.Reference is not null && baseSchema.Reference == upstreamSchema.Reference;
        var bothAbsent = baseSchema.Node is null && upstreamSchema.Node is null && baseSchema.Reference is null && upstreamSchema.Reference is null;
        if (!sameTarget && !bothAbsent)
        {
            site.Add(ChangeKind.TypeChanged, path, Label(baseSchema), Label(upstreamSchema));
        }
    }

    private static string Label(Resolved schema) =>
        schema.Node is not null ? Label(schema.Node) : schema.Reference is not null ? $"unresolved {schema.Reference}" : "none";

    private static string Label(JObject schema) => SchemaFacts.HasEnum(schema) ? SchemaFacts.Type(schema) + " enum" : SchemaFacts.Type(schema);

    private void CompareSchemas(JObject baseSchema, JObject upstreamSchema, ChangeSite site, string path)
    {
        site.CompareText(SchemaFacts.Description(baseSchema), SchemaFacts.Description(upstreamSchema), path);
        if (Label(baseSchema) != Label(upstreamSchema))
        {
            site.Add(ChangeKind.TypeChanged, path, Label(baseSchema), Label(upstreamSchema));
            if (SchemaFacts.BaseType(baseSchema) != SchemaFacts.BaseType(upstreamSchema))
            {
                return;
            }
        }

        CompareNullable(baseSchema, upstreamSchema, site, path);
        CompareEnums(baseSchema, upstreamSchema, site, path);
        CompareProperties(baseSchema, upstreamSchema, site, path);
        Compare(baseSchema["items"], upstreamSchema["items"], site, path + "[]");
        if (baseSchema["additionalProperties"] is JObject || upstreamSchema["additionalProperties"] is JObject)
        {
            Compare(baseSchema["additionalProperties"] as JObject, upstreamSchema["additionalProperties"] as JObject, site, SchemaFacts.Child(path, "*"));
        }

        CompareCompositions(baseSchema, upstreamSchema, site, path);
    }

    private static void CompareNullable(JObject baseSchema, JObject upstreamSchema, ChangeSite site, string path)
    {
        var (wasNullable, isNullable) = (SchemaFacts.IsNullable(baseSchema), SchemaFacts.IsNullable(upstreamSchema));
        if (wasNullable != isNullable)
        {
            site.Add(isNullable ? ChangeKind.BecameNullable : ChangeKind.BecameNonNullable, path);
        }
    }

    private static void CompareEnums(JObject baseSchema, JObject upstreamSchema, ChangeSite site, string path)
    {
        if (!SchemaFacts.HasEnum(baseSchema) || !SchemaFacts.HasEnum(upstreamSchema))
        {
            return;
        }

        var (before, after) = (SchemaFacts.EnumValues(baseSchema), SchemaFacts.EnumValues(upstreamSchema));
        foreach (var removed in before.Except(after, StringComparer.Ordinal))
        {
            site.Add(ChangeKind.EnumValueRemoved, path, from: removed);
        }

        foreach (var added in after.Except(before, StringComparer.Ordinal))
        {
            site.Add(ChangeKind.EnumValueAdded, path, to: added);
        }
    }

    private void CompareProperties(JObject baseSchema, JObject upstreamSchema, ChangeSite site, string path)
    {
        var (before, after) = (SchemaFacts.Properties(baseSchema), SchemaFacts.Properties(upstreamSchema));
        var (wasRequired, isRequired) = (SchemaFacts.Required(baseSchema), SchemaFacts.Required(upstreamSchema));
        foreach (var property in before.Properties())
        {
            var childPath = SchemaFacts.Child(path, property.Name);
            if (after[property.Name] is null)
            {
                site.Add(ChangeKind.PropertyRemoved, childPath);
                continue;
            }

            CompareRequired(wasRequired.Contains(property.Name), isRequired.Contains(property.Name), site, childPath);
            Compare(property.Value, after[property.Name], site, childPath);
        }

        foreach (var property in after.Properties().Where(p => before[p.Name] is null))
        {
            var required = isRequired.Contains(property.Name);
            site.Add(ChangeKind.PropertyAdded, SchemaFacts.Child(path, property.Name), to: required ? "required" : "optional", essential: required);
        }

        foreach (var name in wasRequired.Union(isRequired).Where(n => before[n] is null && after[n] is null).Order(StringComparer.Ordinal))
        {
            CompareRequired(wasRequired.Contains(name), isRequired.Contains(name), site, SchemaFacts.Child(path, name));
        }
    }

    private static void CompareRequired(bool wasRequired, bool isRequired, ChangeSite site, string path)
    {
        if (wasRequired != isRequired)
        {
            site.Add(isRequired ? ChangeKind.BecameRequired : ChangeKind.BecameOptional, path);
        }
    }

    private void CompareCompositions(JObject baseSchema, JObject upstreamSchema, ChangeSite site, string path)
    {
        foreach (var keyword in SchemaFacts.Compositions)
        {
            var (before, after) = (baseSchema[keyword] as JArray ?? [], upstreamSchema[keyword] as JArray ?? []);
            if (before.Count != after.Count)
            {
                site.Add(ChangeKind.TypeChanged, path, $"{keyword} of {before.Count}", $"{keyword} of {after.Count}");
                continue;
            }

            for (var i = 0; i < before.Count; i++)
            {
                Compare(before[i], after[i], site, SchemaFacts.Child(path, $"{keyword}[{i}]"));
            }
        }
    }
}
