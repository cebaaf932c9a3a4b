namespace Logto.Generated;

/// <summary>
/// The search parameters of a Logto list operation (<c>search</c>, <c>search.{field}</c>, <c>mode</c>,
/// <c>mode.{field}</c>, <c>joint</c>, <c>isCaseSensitive</c>), in the order they were added. A plain dictionary of
/// raw keys and values converts to it implicitly.
/// </summary>
public partial class LogtoSearch
{
    private readonly List<KeyValuePair<string, string>> _pairs = [];

    /// <summary>Adds a raw query key and value, as Logto reads it.</summary>
    /// <param name="key">The key, such as <c>search.name</c>.</param>
    /// <param name="value">The value.</param>
    /// <returns>This search, for chaining.</returns>
    public LogtoSearch AddRaw(string key, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        _pairs.Add(new KeyValuePair<string, string>(key, value));
        return this;
    }

    /// <summary>The query pairs, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToQueryPairs() => _pairs;

    /// <summary>Wraps a dictionary of raw keys and values.</summary>
    /// <param name="raw">The raw pairs.</param>
    public static implicit operator LogtoSearch(Dictionary<string, string> raw) => FromDictionary(raw);

    /// <summary>Wraps a dictionary of raw keys and values.</summary>
    /// <param name="raw">The raw pairs.</param>
    /// <returns>The search.</returns>
    public static LogtoSearch FromDictionary(IEnumerable<KeyValuePair<string, string>> raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var search = new LogtoSearch();
        foreach (var pair in raw)
        {
            search.AddRaw(pair.Key, pair.Value);
        }

        return search;
    }
}
