namespace Logto.Generated.SpecTools.Drift;

/// <summary>One difference between the base spec and the upstream spec.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="Operation">The operation ("GET /api/applications"), or null for a document-level change.</param>
/// <param name="Location">Where in the operation ("query parameter 'page'", "response 200"), or empty for the operation itself.</param>
/// <param name="Path">The schema path below the location ("[].secret", "protectedAppMetadata.additionalScopes[]"), or empty.</param>
/// <param name="From">The base value, when the change has one (an old type, a removed enum value).</param>
/// <param name="To">The upstream value, when the change has one.</param>
/// <param name="IsBreaking">Whether code written against the base spec can fail against the upstream API.</param>
internal sealed record DriftChange(
    ChangeKind Kind,
    string? Operation,
    string Location,
    string Path,
    string? From,
    string? To,
    bool IsBreaking)
{
    /// <summary>Server URL and description text changes, ignored unless asked for.</summary>
    public bool IsDocumentation => Kind is ChangeKind.ServerChanged or ChangeKind.DescriptionChanged;
}
