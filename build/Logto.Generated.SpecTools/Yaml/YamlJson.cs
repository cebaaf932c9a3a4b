using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Logto.Generated.SpecTools.Yaml;

/// <summary>Reads an OpenAPI document written as YAML or JSON into a JSON tree.</summary>
internal static class YamlJson
{
    /// <summary>Parses YAML (a superset of JSON) with the YAML 1.2 core schema: plain scalars become numbers, booleans and nulls; quoted scalars stay strings.</summary>
    public static JToken Parse(string text)
    {
        if (IsJson(text))
        {
            return ParseJson(text);
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return Convert(stream.Documents.FirstOrDefault()?.RootNode ?? throw new InvalidDataException("The document is empty."));
    }

    /// <summary>Whether the text is JSON (an object or array) rather than YAML, by its first non-blank character.</summary>
    public static bool IsJson(string text) => text.TrimStart() is ['{' or '[', ..];

    public static JToken ReadFile(string path) => Parse(File.ReadAllText(path));

    /// <summary>Parses JSON keeping every string a string (no date conversion), and rejects trailing content.</summary>
    public static JToken ParseJson(string text)
    {
        using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
        var token = JToken.ReadFrom(reader);
        while (reader.Read())
        {
            if (reader.TokenType != JsonToken.Comment)
            {
                throw new JsonReaderException($"Unexpected content after the end of the document at line {reader.LineNumber}.");
            }
        }

        return token;
    }

    private static JToken Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => ConvertMapping(map),
        YamlSequenceNode seq => new JArray(seq.Children.Select(Convert)),
        YamlScalarNode scalar => ConvertScalar(scalar),
        _ => throw new InvalidDataException($"Unsupported YAML node at {node.Start}."),
    };

    private static JObject ConvertMapping(YamlMappingNode map)
    {
        var obj = new JObject();
        foreach (var (key, value) in map.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? string.Empty;
            obj[name] = Convert(value);
        }

        return obj;
    }

    private static JToken ConvertScalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        return scalar.Style == ScalarStyle.Plain ? ConvertPlain(value) : new JValue(value);
    }

    /// <summary>What an unquoted scalar with this text reads as: null, a boolean, a number or a string.</summary>
    public static JToken ConvertPlain(string value) => value switch
    {
        "" or "~" or "null" or "Null" or "NULL" => JValue.CreateNull(),
        "true" or "True" or "TRUE" => new JValue(true),
        "false" or "False" or "FALSE" => new JValue(false),
        _ => ConvertNumberOrString(value),
    };

    private static JValue ConvertNumberOrString(string value) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) ? new JValue(integer)
        : value is [>= '0' and <= '9' or '-' or '+' or '.', ..] && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? new JValue(real)
        : new JValue(value);
}
