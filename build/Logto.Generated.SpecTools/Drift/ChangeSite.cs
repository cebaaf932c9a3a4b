namespace Logto.Generated.SpecTools.Drift;

/// <summary>Where changes are being found: an operation, a location in it, the direction of its schemas, and the list collecting them.</summary>
internal sealed record ChangeSite(List<DriftChange> Changes, string? Operation, string Location, Direction Direction)
{
    public ChangeSite At(string location, Direction direction) => this with { Location = location, Direction = direction };

    public void Add(ChangeKind kind, string path = "", string? from = null, string? to = null, bool essential = false) =>
        Changes.Add(new DriftChange(kind, Operation, Location, path, from, to, ChangeClassifier.IsBreaking(kind, Direction, essential)));

    /// <summary>Records a description (or summary) text change, when the text differs.</summary>
    public void CompareText(string? from, string? to, string path = "")
    {
        if (!string.Equals(from, to, StringComparison.Ordinal))
        {
            Add(ChangeKind.DescriptionChanged, path, from, to);
        }
    }
}
