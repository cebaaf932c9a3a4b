namespace Logto.Generated.SpecTools.Drift;

/// <summary>The changes to report between two specs, and how many documentation-only changes were left out.</summary>
internal sealed record DriftReport(string Base, string Upstream, IReadOnlyList<DriftChange> Changes, int IgnoredDocumentationChanges)
{
    public bool HasDrift => Changes.Count > 0;

    public int BreakingCount => Changes.Count(c => c.IsBreaking);

    /// <param name="baseSource">Where the base spec came from.</param>
    /// <param name="upstreamSource">Where the upstream spec came from.</param>
    /// <param name="changes">Every change found.</param>
    /// <param name="includeDocumentation">Report server URL and description text changes too.</param>
    public static DriftReport Create(string baseSource, string upstreamSource, IReadOnlyList<DriftChange> changes, bool includeDocumentation)
    {
        var reported = changes.Where(c => includeDocumentation || !c.IsDocumentation).ToList();
        return new DriftReport(baseSource, upstreamSource, reported, changes.Count - reported.Count);
    }
}
