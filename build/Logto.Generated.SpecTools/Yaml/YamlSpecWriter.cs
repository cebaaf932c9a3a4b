using System.Text;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Yaml;

/// <summary>
/// Writes a JSON tree as block-style YAML in the style of the vendored spec (Ruby's <c>to_yaml</c>): a "---" header,
/// 2-space indentation, sequences not indented under their key, empty collections as [] and {}, scalar styles and
/// line folding chosen by <see cref="ScalarStyleChooser"/> and <see cref="ScalarWriter"/>.
/// </summary>
internal sealed class YamlSpecWriter
{
    /// <summary>Keys longer than this many UTF-8 bytes are written as complex keys ("? key"), as libyaml does.</summary>
    private const int MaxSimpleKeyLength = 128;

    private readonly YamlOutput output = new();

    public static string Write(JToken document)
    {
        var writer = new YamlSpecWriter();
        writer.output.WriteIndent();
        writer.output.WriteIndicator("---", true, false, false);
        writer.EmitNode(document, mappingContext: false, simpleKey: false);
        writer.output.WriteIndent();
        return writer.output.ToString();
    }

    private void EmitNode(JToken node, bool mappingContext, bool simpleKey)
    {
        switch (node)
        {
            case JObject { Count: 0 }:
                EmitEmpty("{}");
                break;
            case JArray { Count: 0 }:
                EmitEmpty("[]");
                break;
            case JObject mapping:
                EmitMapping(mapping);
                break;
            case JArray sequence:
                EmitSequence(sequence, mappingContext);
                break;
            case JValue value:
                EmitScalar(value, simpleKey);
                break;
            default:
                throw new InvalidDataException($"Cannot write a {node.Type} node as YAML (at {node.Path}).");
        }
    }

    private void EmitEmpty(string indicator)
    {
        output.WriteIndicator(indicator[..1], true, true, false);
        output.WriteIndicator(indicator[1..], false, false, false);
    }

    private void EmitMapping(JObject mapping)
    {
        var saved = output.IncreaseIndent(flow: false, indentless: false);
        foreach (var property in mapping.Properties())
        {
            output.WriteIndent();
            if (Encoding.UTF8.GetByteCount(property.Name) <= MaxSimpleKeyLength && !property.Name.Contains('\n'))
            {
                EmitScalar(new JValue(property.Name), simpleKey: true);
                output.WriteIndicator(":", false, false, false);
            }
            else
            {
                output.WriteIndicator("?", true, false, true);
                EmitScalar(new JValue(property.Name), simpleKey: false);
                output.WriteIndent();
                output.WriteIndicator(":", true, false, true);
            }

            EmitNode(property.Value, mappingContext: true, simpleKey: false);
        }

        output.Indent = saved;
    }

    private void EmitSequence(JArray sequence, bool mappingContext)
    {
        var saved = output.IncreaseIndent(flow: false, indentless: mappingContext && !output.Indention);
        foreach (var item in sequence)
        {
            output.WriteIndent();
            output.WriteIndicator("-", true, false, true);
            EmitNode(item, mappingContext: false, simpleKey: false);
        }

        output.Indent = saved;
    }

    private void EmitScalar(JValue value, bool simpleKey)
    {
        var (text, style) = value.Type == JTokenType.String
            ? ((string)value!, ScalarStyleChooser.Choose((string)value!, simpleKey))
            : (YamlScalarText.Of(value), YamlScalarStyle.Plain);
        var saved = output.IncreaseIndent(flow: true, indentless: false);
        ScalarWriter.Write(output, text, style, allowBreaks: !simpleKey);
        output.Indent = saved;
    }
}
