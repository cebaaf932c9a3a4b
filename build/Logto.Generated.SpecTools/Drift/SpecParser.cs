using Logto.Generated.SpecTools.Yaml;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;

namespace Logto.Generated.SpecTools.Drift;

/// <summary>Parses a spec's text (JSON or YAML, detected from its first character) and checks that it is an OpenAPI 3 document.</summary>
internal static class SpecParser
{
    public static JObject Parse(string text, string source)
    {
        JToken root;
        try
        {
            root = YamlJson.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source} is not valid JSON: {ex.Message}", ex);
        }
        catch (YamlException ex)
        {
            throw new InvalidDataException($"{source} is not valid YAML: {ex.Message}", ex);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"{source}: {ex.Message}", ex);
        }

        if (root is not JObject document || document["openapi"]?.ToString() is not { } version || !version.StartsWith('3'))
        {
            throw new InvalidDataException($"{source} is not an OpenAPI 3 document (no \"openapi: 3.x\" field at its root).");
        }

        if (document["paths"] is not JObject)
        {
            throw new InvalidDataException($"{source} has no \"paths\" object.");
        }

        return document;
    }
}
