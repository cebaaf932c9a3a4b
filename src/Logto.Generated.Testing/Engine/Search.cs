using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Logto.Generated.Testing;

/// <summary>
/// Logto's search parameters: <c>search</c> (any searchable field), <c>search.{field}</c> with <c>mode.{field}</c>
/// (<c>like</c> by default, or <c>exact</c>), <c>joint</c> (<c>or</c> by default, or <c>and</c>) and
/// <c>isCaseSensitive</c>. <c>like</c> is SQL LIKE: <c>%</c> any text, <c>_</c> one character.
/// </summary>
internal sealed class Search
{
    private static readonly string[] KnownModes = ["exact", "like", "similar_to", "posix"];
    private readonly List<(string[] Fields, string Value, string Mode)> _terms = [];
    private readonly bool _and;
    private readonly bool _caseSensitive;

    private Search(bool and, bool caseSensitive)
    {
        _and = and;
        _caseSensitive = caseSensitive;
    }

    public static Search From(FakeCall call, string[] searchableFields)
    {
        var search = new Search(call.QueryValue("joint") == "and", call.QueryValue("isCaseSensitive") == "true");
        foreach (var pair in call.Query)
        {
            if (pair.Key == "search")
            {
                search._terms.Add((searchableFields, pair.Value, call.QueryValue("mode") ?? "like"));
            }
            else if (pair.Key.StartsWith("search.", StringComparison.Ordinal))
            {
                var field = pair.Key["search.".Length..];
                var mode = call.QueryValue("mode." + field) ?? "like";
                if (!KnownModes.Contains(mode))
                {
                    throw LogtoErrors.InvalidRequest($"Search match mode `{mode}` for field `{field}` is not valid, expect one of exact, like, similar_to, posix.");
                }

                search._terms.Add(([field], pair.Value, mode));
            }
        }

        return search;
    }

    public bool Matches(JsonObject item)
    {
        if (_terms.Count == 0)
        {
            return true;
        }

        var results = _terms.Select(term => term.Fields.Any(field => Matches(item[field], term.Value, term.Mode)));
        return _and ? results.All(result => result) : results.Any(result => result);
    }

    private bool Matches(JsonNode? node, string value, string mode)
    {
        if (node is not JsonValue field || !field.TryGetValue<string>(out var text))
        {
            return false;
        }

        var comparison = _caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        if (mode == "exact")
        {
            return string.Equals(text, value, comparison);
        }

        var pattern = new StringBuilder("^");
        foreach (var character in value)
        {
            pattern.Append(character switch { '%' => ".*", '_' => ".", _ => Regex.Escape(character.ToString()) });
        }

        var options = RegexOptions.Singleline | RegexOptions.CultureInvariant | (_caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
        return Regex.IsMatch(text, pattern.Append('$').ToString(), options, TimeSpan.FromSeconds(1));
    }
}
