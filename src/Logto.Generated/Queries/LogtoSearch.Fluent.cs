using System.Text;

namespace Logto.Generated;

/// <remarks>
/// The typed API writes the keys Logto's server reads: every value of <see cref="MatchAnyField"/> and
/// <see cref="Match"/> is its own <c>search</c>/<c>search.{field}</c> pair (the server collects repeated keys per
/// field); <see cref="Mode(LogtoSearchMode)"/>, <see cref="Joint"/> and <see cref="CaseSensitive"/> are single keys, so
/// setting one again replaces the earlier value in place. Logto accepts several values for one field only in
/// <see cref="LogtoSearchMode.Exact"/> mode, and <see cref="LogtoSearchMode.SimilarTo"/> only in a case-sensitive
/// search; other combinations are answered with <c>400 request.invalid_input</c>.
/// </remarks>
/// <example>
/// <code>
/// var search = new LogtoSearch()
///     .Match("name", "%alice%")
///     .MatchExact("primaryEmail", "alice@example.com", "bob@example.com")
///     .Joint(LogtoSearchJoint.And);
/// </code>
/// </example>
public partial class LogtoSearch
{
    /// <summary>Searches every searchable field of the list (<c>search=value</c>, once per value).</summary>
    /// <param name="values">The values; each must be non-empty. In the default <c>like</c> mode, <c>%</c> is a wildcard.</param>
    /// <returns>This search, for chaining.</returns>
    /// <exception cref="ArgumentException">No value, or a null or empty value.</exception>
    public LogtoSearch MatchAnyField(params string[] values) => AddValues("search", values);

    /// <summary>Searches one field (<c>search.{field}=value</c>, once per value).</summary>
    /// <param name="field">A first-level field, such as <c>name</c> or <c>primaryEmail</c>.</param>
    /// <param name="values">The values; each must be non-empty. Several values need <see cref="LogtoSearchMode.Exact"/>.</param>
    /// <returns>This search, for chaining.</returns>
    /// <exception cref="ArgumentException">The field is empty or nested, or a value is null or empty.</exception>
    public LogtoSearch Match(string field, params string[] values) => AddValues(FieldKey("search", field), values);

    /// <summary>Matches one field exactly against any of the values: <see cref="Match"/> plus <c>mode.{field}=exact</c>.</summary>
    /// <param name="field">A first-level field, such as <c>primaryEmail</c>.</param>
    /// <param name="values">The values; each must be non-empty.</param>
    /// <returns>This search, for chaining.</returns>
    /// <exception cref="ArgumentException">The field is empty or nested, or a value is null or empty.</exception>
    public LogtoSearch MatchExact(string field, params string[] values) =>
        Match(field, values).Mode(field, LogtoSearchMode.Exact);

    /// <summary>Sets the mode of every field that has no mode of its own (<c>mode=...</c>).</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>This search, for chaining.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The mode is not a defined value.</exception>
    public LogtoSearch Mode(LogtoSearchMode mode) => SetSingle("mode", mode.ToWireValue(nameof(mode)));

    /// <summary>Sets the mode of one field (<c>mode.{field}=...</c>).</summary>
    /// <param name="field">A first-level field.</param>
    /// <param name="mode">The mode.</param>
    /// <returns>This search, for chaining.</returns>
    /// <exception cref="ArgumentException">The field is empty or nested, or the mode is not a defined value.</exception>
    public LogtoSearch Mode(string field, LogtoSearchMode mode) =>
        SetSingle(FieldKey("mode", field), mode.ToWireValue(nameof(mode)));

    /// <summary>Sets how the conditions combine (<c>joint=and</c> or <c>joint=or</c>).</summary>
    /// <param name="joint">The joint.</param>
    /// <returns>This search, for chaining.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The joint is not a defined value.</exception>
    public LogtoSearch Joint(LogtoSearchJoint joint) => SetSingle("joint", joint.ToWireValue(nameof(joint)));

    /// <summary>Sets whether the comparison is case-sensitive (<c>isCaseSensitive=true</c> or <c>false</c>).</summary>
    /// <param name="isCaseSensitive">True for a case-sensitive search; Logto's default is false.</param>
    /// <returns>This search, for chaining.</returns>
    public LogtoSearch CaseSensitive(bool isCaseSensitive = true) =>
        SetSingle("isCaseSensitive", LogtoQueryString.Format(isCaseSensitive));

    /// <summary>The search as an escaped query string, such as <c>search.name=%25foo%25&amp;joint=and</c>.</summary>
    /// <returns>The query string, without a leading <c>?</c>.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        LogtoQueryString.AppendSearch(builder, this);
        return builder.Length == 0 ? string.Empty : builder.ToString(0, builder.Length - 1);
    }

    private static string FieldKey(string prefix, string field)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        if (field.Contains('.', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Logto searches first-level fields only; '{field}' is nested.", nameof(field));
        }

        return prefix + "." + field;
    }

    private LogtoSearch AddValues(string key, string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0)
        {
            throw new ArgumentException("At least one search value is required.", nameof(values));
        }

        if (Array.Exists(values, string.IsNullOrEmpty))
        {
            throw new ArgumentException("Search values must not be null or empty; Logto rejects empty values.", nameof(values));
        }

        foreach (var value in values)
        {
            _pairs.Add(new KeyValuePair<string, string>(key, value));
        }

        return this;
    }

    private LogtoSearch SetSingle(string key, string value)
    {
        var pair = new KeyValuePair<string, string>(key, value);
        var index = _pairs.FindIndex(existing => existing.Key == key);
        if (index < 0)
        {
            _pairs.Add(pair);
            return this;
        }

        _pairs[index] = pair;
        for (var later = _pairs.Count - 1; later > index; later--)
        {
            if (_pairs[later].Key == key)
            {
                _pairs.RemoveAt(later);
            }
        }

        return this;
    }
}
