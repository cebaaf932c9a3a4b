using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Drift;

/// <summary>Writes a drift report as JSON: the sources, a summary and one object per change.</summary>
internal static class JsonReportFormatter
{
    public static string Format(DriftReport report)
    {
        var breaking = report.BreakingCount;
        var document = new JObject
        {
            ["base"] = report.Base,
            ["upstream"] = report.Upstream,
            ["drift"] = report.HasDrift,
            ["summary"] = new JObject
            {
                ["changes"] = report.Changes.Count,
                ["breaking"] = breaking,
                ["nonBreaking"] = report.Changes.Count - breaking,
                ["ignoredDocumentationChanges"] = report.IgnoredDocumentationChanges,
            },
            ["changes"] = new JArray(report.Changes.Select(Change)),
        };
        return document.ToString(Formatting.Indented) + Environment.NewLine;
    }

    private static JObject Change(DriftChange change) => new()
    {
        ["kind"] = ChangeText.KindName(change.Kind),
        ["breaking"] = change.IsBreaking,
        ["operation"] = change.Operation,
        ["location"] = change.Location,
        ["path"] = change.Path,
        ["from"] = change.From,
        ["to"] = change.To,
        ["message"] = ChangeText.Message(change),
        ["csharp"] = SurfaceEffect.Of(change),
    };
}
