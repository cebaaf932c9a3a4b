using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Drift;

/// <summary>A node after following its local "$ref" chain: the target (null when it cannot be found) and the last reference followed.</summary>
internal readonly record struct Resolved(JObject? Node, string? Reference);

/// <summary>Follows local JSON-pointer references ("#/components/schemas/Name") inside one document.</summary>
internal sealed class RefResolver(JObject document)
{
    private const int MaxChain = 32;

    public Resolved Resolve(JToken? node)
    {
        string? reference = null;
        for (var hop = 0; hop < MaxChain; hop++)
        {
            if (node is not JObject obj)
            {
                return new Resolved(null, reference);
            }

            if (obj["$ref"] is not JValue { Type: JTokenType.String } pointer)
            {
                return new Resolved(obj, reference);
            }

            reference = (string)pointer!;
            node = Find(reference);
        }

        return new Resolved(null, reference);
    }

    private JToken? Find(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal) && reference != "#")
        {
            return null;
        }

        JToken? node = document;
        foreach (var segment in reference.Length > 2 ? reference[2..].Split('/') : [])
        {
            var name = Uri.UnescapeDataString(segment).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JObject obj => obj[name],
                JArray array when int.TryParse(name, out var index) && index >= 0 && index < array.Count => array[index],
                _ => null,
            };
        }

        return node;
    }
}
