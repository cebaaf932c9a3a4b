namespace Logto.Generated;

/// <summary>How Logto compares a search value with a field (the <c>mode</c> and <c>mode.{field}</c> keys).</summary>
public enum LogtoSearchMode
{
    /// <summary><c>like</c>, the server's default: a SQL <c>LIKE</c> pattern, where <c>%</c> matches any text. One value per field.</summary>
    Like,

    /// <summary><c>exact</c>: equality; the only mode that accepts several values for one field (any of them matches).</summary>
    Exact,

    /// <summary><c>similar_to</c>: a SQL <c>SIMILAR TO</c> pattern. Logto allows it only in a case-sensitive search.</summary>
    SimilarTo,

    /// <summary><c>posix</c>: a POSIX regular expression. One value per field.</summary>
    Posix,
}

/// <summary>Wire values of <see cref="LogtoSearchMode"/>.</summary>
internal static class LogtoSearchModeWire
{
    public static string ToWireValue(this LogtoSearchMode mode, string parameterName) => mode switch
    {
        LogtoSearchMode.Like => "like",
        LogtoSearchMode.Exact => "exact",
        LogtoSearchMode.SimilarTo => "similar_to",
        LogtoSearchMode.Posix => "posix",
        _ => throw new ArgumentOutOfRangeException(parameterName, mode, "Unknown search mode."),
    };
}
