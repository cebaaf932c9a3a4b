namespace Logto.Generated;

/// <summary>Builds the path of a request: each path parameter is exactly one escaped segment.</summary>
internal static class LogtoUrl
{
    /// <summary>
    /// Escapes a path parameter so that it stays one segment: <c>/</c>, <c>?</c>, <c>#</c>, <c>%</c>, spaces, control and
    /// non-ASCII characters are percent-encoded.
    /// </summary>
    /// <param name="value">The parameter value.</param>
    /// <param name="parameterName">The parameter's name, for the exception.</param>
    /// <returns>The escaped segment.</returns>
    /// <exception cref="ArgumentException">
    /// The value is null, empty, <c>.</c> or <c>..</c> (URIs treat the last two, even percent-encoded, as a walk through
    /// the path, so they cannot be sent as an id), or has an unpaired surrogate (it has no UTF-8 form).
    /// </exception>
    public static string PathSegment(string? value, string parameterName)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException($"The path parameter '{parameterName}' must not be null or empty.", parameterName);
        }

        if (value is "." or "..")
        {
            throw new ArgumentException($"The path parameter '{parameterName}' cannot be '{value}': it would address another resource.", parameterName);
        }

        LogtoText.CheckWellFormed(value, parameterName, "path parameter");
        return Uri.EscapeDataString(value);
    }
}
