using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>
/// Compares JSON trees as the wire means them: 7 equals 7.0, two spellings of one instant are equal, and a property
/// that is null means the same as one that is absent (the client leaves nulls out).
/// </summary>
internal static class JsonAssert
{
    public static void AreEquivalent(JToken expected, JToken? actual, string because)
    {
        var difference = FindDifference(expected, actual, "$");
        Assert.That(difference, Is.Null, $"{because} differs at {difference}\nexpected: {expected.ToString(Newtonsoft.Json.Formatting.None)}\nactual:   {actual?.ToString(Newtonsoft.Json.Formatting.None)}");
    }

    private static string? FindDifference(JToken expected, JToken? actual, string path) => (expected, actual) switch
    {
        (JObject e, JObject a) => CompareObjects(e, a, path),
        (JArray e, JArray a) when e.Count == a.Count => e.Zip(a).Select((p, i) => FindDifference(p.First, p.Second, $"{path}[{i}]")).FirstOrDefault(d => d is not null),
        (JValue e, JValue a) when ValuesMatch(e, a) => null,
        _ => path,
    };

    private static string? CompareObjects(JObject expected, JObject actual, string path)
    {
        var names = NonNull(expected).ToList();
        if (!names.SequenceEqual(NonNull(actual)))
        {
            return path + " (properties differ)";
        }

        return names.Select(n => FindDifference(expected[n]!, actual[n], $"{path}.{n}")).FirstOrDefault(d => d is not null);
    }

    private static IEnumerable<string> NonNull(JObject value) =>
        value.Properties().Where(p => p.Value.Type != JTokenType.Null).Select(p => p.Name).Order(StringComparer.Ordinal);

    private static bool ValuesMatch(JValue expected, JValue actual)
    {
        if (JToken.DeepEquals(expected, actual))
        {
            return true;
        }

        if (expected.Type is JTokenType.Integer or JTokenType.Float && actual.Type is JTokenType.Integer or JTokenType.Float)
        {
            return Convert.ToDouble(expected.Value, CultureInfo.InvariantCulture) == Convert.ToDouble(actual.Value, CultureInfo.InvariantCulture);
        }

        return DateTimeOffset.TryParse(Convert.ToString(expected.Value, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture, DateTimeStyles.None, out var e)
            && DateTimeOffset.TryParse(Convert.ToString(actual.Value, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture, DateTimeStyles.None, out var a)
            && e == a;
    }
}
