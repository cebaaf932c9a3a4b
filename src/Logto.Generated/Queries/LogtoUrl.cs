namespace Logto.Generated;

/// <summary>Builds the path of a request: each path parameter is exactly one escaped segment.</summary>
public static class LogtoUrl
{
    /// <summary>
    /// Escapes a path parameter so that it stays one segment: <c>/</c>, <c>?</c>, <c>#</c>, <c>%</c>, spaces, control and
    /// non-ASCII characters are percent-encoded, and a <c>.</c> or <c>..</c> segment is encoded so that it cannot walk
    /// up the path.
    /// </summary>
    /// <param name="value">The parameter value.</param>
    /// <param name="parameterName">The parameter's name, for the exception.</param>
    /// <returns>The escaped segment.</returns>
    /// <exception cref="ArgumentException">The value is null or empty.</exception>
    public static string PathSegment(string? value, string parameterName)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException($"The path parameter '{parameterName}' must not be null or empty.", parameterName);
        }

        var escaped = Uri.EscapeDataString(value);
        return escaped is "." or ".." ? escaped.Replace(".", "%2E", StringComparison.Ordinal) : escaped;
    }
}
