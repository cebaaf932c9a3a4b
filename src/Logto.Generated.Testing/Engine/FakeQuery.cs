using System.Text;

namespace Logto.Generated.Testing;

/// <summary>Query strings: parsing, and writing them back as Logto writes its <c>Link</c> headers.</summary>
internal static class FakeQuery
{
    public static List<KeyValuePair<string, string>> Parse(string query)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? string.Empty : part[(equals + 1)..];
            pairs.Add(new(Decode(key), Decode(value)));
        }

        return pairs;
    }

    /// <summary>
    /// The query of a <c>Link</c> URL: the request's parameters in their order, a repeated one joined with commas,
    /// <c>page</c> replaced where it was or appended.
    /// </summary>
    public static string WithPage(IReadOnlyList<KeyValuePair<string, string>> query, int page)
    {
        var keys = new List<string>();
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in query)
        {
            if (!values.TryGetValue(pair.Key, out var list))
            {
                keys.Add(pair.Key);
                values[pair.Key] = list = [];
            }

            list.Add(pair.Value);
        }

        if (!values.ContainsKey("page"))
        {
            keys.Add("page");
        }

        values["page"] = [page.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        var builder = new StringBuilder();
        foreach (var key in keys)
        {
            builder.Append(builder.Length == 0 ? "" : "&").Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(string.Join(",", values[key])));
        }

        return builder.ToString();
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
