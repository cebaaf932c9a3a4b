namespace Logto.Generated.SpecTools.Drift;

/// <summary>
/// Turns the start of a longer YAML spec (a page excerpt cut mid-way, possibly with prose before it and a
/// "truncated" comment after it) into a parseable spec holding only its complete operations.
/// </summary>
internal static class FragmentCutter
{
    /// <summary>Operations are at indentation 4 ("paths" at 0, path keys at 2); the last entry this shallow may be cut.</summary>
    private const int OperationIndentation = 4;

    public static string Cut(string text, string source)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = Array.FindIndex(lines, line => line.StartsWith("openapi:", StringComparison.Ordinal));
        if (start < 0)
        {
            throw new InvalidDataException($"{source} is not a YAML spec fragment: it has no \"openapi:\" line.");
        }

        var end = lines.Length;
        while (end > start && (IsBlank(lines[end - 1]) || lines[end - 1].StartsWith('#')))
        {
            end--;
        }

        var lastEntry = Array.FindLastIndex(lines, end - 1, end - start - 1, line => !IsBlank(line) && Indentation(line) <= OperationIndentation);
        if (lastEntry > start)
        {
            end = lastEntry;
        }

        while (end > start + 1 && (IsBlank(lines[end - 1]) || IsEmptyPathKey(lines[end - 1])))
        {
            end--;
        }

        return string.Join('\n', lines[start..end]) + "\n";
    }

    private static bool IsBlank(string line) => line.Trim().Length == 0;

    private static int Indentation(string line) => line.Length - line.TrimStart(' ').Length;

    private static bool IsEmptyPathKey(string line) => Indentation(line) == 2 && line.TrimEnd().EndsWith(':');
}
