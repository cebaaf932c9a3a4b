using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.AspNetCore.Tests.TestSupport;

/// <summary>JSON with object keys sorted at every level and no white space, so that equal JSON compares equal as text.</summary>
internal static class CanonicalJson
{
    public static string Of(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return Sort(JToken.Load(reader)).ToString(Formatting.None);
    }

    private static JToken Sort(JToken token) => token switch
    {
        JObject value => new JObject(value.Properties().OrderBy(property => property.Name, StringComparer.Ordinal).Select(property => new JProperty(property.Name, Sort(property.Value)))),
        JArray value => new JArray(value.Select(Sort)),
        _ => token.DeepClone(),
    };
}
