using System.Text;

namespace Logto.Generated.SpecTools.Drift;

/// <summary>Writes a drift report as readable text, grouped by operation, each change with its effect on the generated C# surface.</summary>
internal static class TextReportFormatter
{
    public static string Format(DriftReport report)
    {
        var text = new StringBuilder();
        if (!report.HasDrift)
        {
            text.AppendLine($"No API drift from {report.Base} to {report.Upstream}.");
        }
        else
        {
            var breaking = report.BreakingCount;
            text.AppendLine($"API drift from {report.Base} to {report.Upstream}: {Count(report.Changes.Count, "change")} ({breaking} breaking, {report.Changes.Count - breaking} non-breaking).");
        }

        if (report.IgnoredDocumentationChanges > 0)
        {
            text.AppendLine($"{Count(report.IgnoredDocumentationChanges, "server URL or description change")} ignored (--include-docs shows them).");
        }

        foreach (var group in report.Changes.GroupBy(c => c.Operation ?? "(document)"))
        {
            text.AppendLine().AppendLine(group.Key);
            foreach (var change in group)
            {
                text.AppendLine($"  {(change.IsBreaking ? "breaking" : "non-breaking"),-12}  {ChangeText.Line(change)}");
                if (SurfaceEffect.Of(change) is var effect and not "none")
                {
                    // The wire verdict above is for clients of the API; this line is for code compiled against this client.
                    text.AppendLine($"  {string.Empty,-12}  C#: {effect}");
                }
            }
        }

        return text.ToString();
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
