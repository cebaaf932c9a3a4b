using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Logto.Generated.SpecTools.Yaml;

/// <summary>Writes a JSON tree as block-style YAML with YamlDotNet's emitter; <see cref="YamlJson"/> reads it back as the same tree.</summary>
internal static partial class YamlSpecWriter
{
    public static string Write(JToken document)
    {
        using var text = new StringWriter();
        var emitter = new Emitter(text, EmitterSettings.Default.WithNewLine("\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: false));
        Emit(emitter, document);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void Emit(Emitter emitter, JToken node)
    {
        if (node is JContainer container)
        {
            // Empty collections as {} and [], the others in block style; a mapping's events alternate key and value.
            var flow = container.Count == 0;
            emitter.Emit(node is JObject
                ? new MappingStart(AnchorName.Empty, TagName.Empty, true, flow ? MappingStyle.Flow : MappingStyle.Block)
                : new SequenceStart(AnchorName.Empty, TagName.Empty, true, flow ? SequenceStyle.Flow : SequenceStyle.Block));
            var children = node is JObject mapping ? mapping.Properties().SelectMany(p => new[] { new JValue(p.Name), p.Value }) : container.Children();
            foreach (var child in children)
            {
                Emit(emitter, child);
            }

            emitter.Emit(node is JObject ? new MappingEnd() : new SequenceEnd());
        }
        else if (node is JValue { Type: JTokenType.String } value)
        {
            // Plain only when the text reads back as this string (also in YAML 1.1: "yes", "no", "on"…); otherwise the emitter quotes it.
            var text = (string)value!;
            var plain = YamlJson.ConvertPlain(text).Type == JTokenType.String && !Yaml11Boolean().IsMatch(text);
            var style = text.Contains('\n') ? ScalarStyle.Literal : ScalarStyle.Any;
            emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, style, isPlainImplicit: plain, isQuotedImplicit: true));
        }
        else
        {
            // null, booleans and numbers: their JSON text is a plain YAML scalar that reads back as the same value.
            emitter.Emit(new Scalar(node.ToString(Formatting.None)));
        }
    }

    [GeneratedRegex("^(?:[yYnN]|[Yy]es|YES|[Nn]o|NO|[Oo]n|ON|[Oo]ff|OFF)$")]
    private static partial Regex Yaml11Boolean();
}
