using System.Collections;
using System.Globalization;
using System.Text;

namespace Logto.Generated;

/// <summary>
/// Writes query parameters in the format the Logto server reads: booleans as <c>true</c>/<c>false</c>, enums as their
/// wire value, arrays as a repeated key (<c>types=SPA&amp;types=Native</c>). The generated clients call it.
/// </summary>
internal static class LogtoQueryString
{
    /// <summary>The largest page size Logto accepts.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Starts a URL with a query: the path followed by <c>?</c>; finish it with <see cref="End"/>.</summary>
    /// <param name="path">The escaped path.</param>
    /// <returns>The URL being built.</returns>
    public static StringBuilder Start(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new StringBuilder(path.Length + 64).Append(path).Append('?');
    }

    /// <summary>Ends a URL begun with <see cref="Start"/>: drops the last <c>&amp;</c>, or the <c>?</c> when nothing was appended.</summary>
    /// <param name="builder">The URL being built.</param>
    /// <returns>The URL.</returns>
    public static string End(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ToString(0, builder.Length - 1);
    }

    /// <summary>Appends <c>name=value&amp;</c>, after checking Logto's paging bounds for <c>page</c> and <c>page_size</c>.</summary>
    /// <param name="builder">The URL being built.</param>
    /// <param name="name">The parameter's wire name.</param>
    /// <param name="value">The value; null appends nothing.</param>
    /// <exception cref="ArgumentException">A name or value has an unpaired surrogate, which has no UTF-8 form; nothing is appended for it.</exception>
    public static void Append(StringBuilder builder, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (value is null)
        {
            return;
        }

        CheckPaging(name, value);
        AppendPair(builder, name, Format(value), name);
    }

    /// <summary>Appends one <c>name=value&amp;</c> per item.</summary>
    /// <param name="builder">The URL being built.</param>
    /// <param name="name">The parameter's wire name.</param>
    /// <param name="values">The values; null appends nothing.</param>
    /// <exception cref="ArgumentException">A name or value has an unpaired surrogate, which has no UTF-8 form; nothing is appended for it.</exception>
    public static void AppendEach(StringBuilder builder, string name, IEnumerable? values)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (values is null)
        {
            return;
        }

        foreach (var value in values)
        {
            if (value is not null)
            {
                AppendPair(builder, name, Format(value), name);
            }
        }
    }

    /// <summary>Appends the keys of a Logto search.</summary>
    /// <param name="builder">The URL being built.</param>
    /// <param name="search">The search; null appends nothing.</param>
    /// <exception cref="ArgumentException">A name or value has an unpaired surrogate, which has no UTF-8 form; nothing is appended for it.</exception>
    public static void AppendSearch(StringBuilder builder, LogtoSearch? search)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (search is null)
        {
            return;
        }

        foreach (var (key, value) in search.ToQueryPairs())
        {
            AppendPair(builder, key, value, "search");
        }
    }

    /// <summary>Formats one value as Logto expects it on the wire.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The unescaped text.</returns>
    public static string Format(object value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        // Logto's time bounds (start_time, end_time) are integer milliseconds since the Unix epoch, like its timestamps.
        DateTimeOffset moment => moment.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        DateTime moment => new DateTimeOffset(moment.ToUniversalTime()).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static void AppendPair(StringBuilder builder, string name, string value, string parameterName)
    {
        LogtoText.CheckWellFormed(name, parameterName, "query parameter");
        LogtoText.CheckWellFormed(value, parameterName, "query parameter");
        builder.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value)).Append('&');
    }

    private static void CheckPaging(string name, object value)
    {
        if (name == "page" && value is int page && page < 1)
        {
            throw new ArgumentOutOfRangeException(name, page, "The page number starts at 1.");
        }

        if (name == "page_size" && value is int size && size is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(name, size, $"The page size must be between 1 and {MaxPageSize}.");
        }
    }
}
