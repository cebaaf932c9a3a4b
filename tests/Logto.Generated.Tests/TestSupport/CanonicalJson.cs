using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>JSON text with its object keys sorted and no whitespace: equal bytes whatever order the properties came in, nulls and number spellings kept.</summary>
internal static class CanonicalJson
{
    public static string Of(string? json) => Sort(JToken.Parse(json!)).ToString(Formatting.None);

    private static JToken Sort(JToken token) => token switch
    {
        JObject obj => new JObject(obj.Properties().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new JProperty(p.Name, Sort(p.Value)))),
        JArray array => new JArray(array.Select(Sort)),
        _ => token.DeepClone(),
    };
}
