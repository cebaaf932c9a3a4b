using System.Text.RegularExpressions;

namespace Logto.Generated.SpecTools.Yaml;

/// <summary>Recovers a parseable spec from the beginning of a YAML spec that was cut off, such as a page excerpt.</summary>
internal static partial class SpecFragment
{
    /// <summary>
    /// Takes the YAML document that follows the first <c>---</c> line (or the whole text), and cuts it before the last
    /// operation, which the truncation left incomplete. A path left without operations is dropped with it.
    /// </summary>
    public static string CutAtLastCompleteOperation(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var start = lines.FindIndex(l => l.TrimEnd() == "---");
        if (start >= 0)
        {
            lines = lines.Skip(start + 1).ToList();
        }

        var lastOperation = lines.FindLastIndex(l => OperationLine().IsMatch(l));
        if (lastOperation < 0)
        {
            throw new InvalidDataException("The fragment holds no operation.");
        }

        var end = lastOperation;
        if (end > 0 && PathLine().IsMatch(lines[end - 1]))
        {
            end--;
        }

        return string.Join('\n', lines.Take(end)) + "\n";
    }

    [GeneratedRegex("^    (get|put|post|delete|patch|head|options):\\s*$")]
    private static partial Regex OperationLine();

    [GeneratedRegex("^  [\"']?/.*:\\s*$")]
    private static partial Regex PathLine();
}
