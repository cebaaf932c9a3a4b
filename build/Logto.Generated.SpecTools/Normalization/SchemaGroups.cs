using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Normalization;

/// <summary>Where a hoisted schema was found: a name that depends only on that place in the spec.</summary>
/// <param name="RootHint">The name of the place when no named schema encloses it, e.g. <c>CreateApplicationRequest</c>.</param>
/// <param name="ParentEdges">The edges of the enclosing object schema, or null at a root.</param>
/// <param name="Suffix">The property path below the enclosing schema, e.g. <c>OidcClientMetadata</c> or <c>PageRulesItem</c>.</param>
internal sealed record SchemaSite(string RootHint, List<SchemaEdge>? ParentEdges, string Suffix)
{
    public static SchemaSite Root(string hint) => new(hint, null, string.Empty);

    public SchemaSite Append(string suffix) => this with { Suffix = Suffix + suffix };

    public SchemaSite Below(List<SchemaEdge> edges, string suffix) => new(RootHint, edges, suffix);
}

/// <summary>A parent schema group holds a child group at a property path.</summary>
internal sealed record SchemaEdge(int Child, string Suffix);

/// <summary>One named type: every structurally identical schema in the spec, with the names their places suggest.</summary>
internal sealed class SchemaGroup(int id, JObject schema)
{
    public int Id { get; } = id;

    public JObject Schema { get; } = schema;

    public string Placeholder => SchemaGroups.PlaceholderPrefix + Id;

    public HashSet<string> RootCandidates { get; } = new(StringComparer.Ordinal);

    public List<(SchemaGroup Parent, string Suffix)> Parents { get; } = [];

    public string? ComponentName { get; set; }

    public string? FinalName { get; set; }
}

/// <summary>Hash-conses hoisted schemas: structurally identical schemas share one group, and so one generated type.</summary>
internal sealed class SchemaGroups
{
    public const string PlaceholderPrefix = "#/components/schemas/__group";

    private readonly Dictionary<string, SchemaGroup> _byCanonical = new(StringComparer.Ordinal);
    private readonly List<SchemaGroup> _groups = [];

    public IReadOnlyList<SchemaGroup> All => _groups;

    /// <summary>Registers a processed schema found at a site, and returns its group.</summary>
    public SchemaGroup Register(JObject schema, SchemaSite site, List<SchemaEdge> childEdges)
    {
        var canonical = SchemaKeys.Canonical(schema);
        if (!_byCanonical.TryGetValue(canonical, out var group))
        {
            group = new SchemaGroup(_groups.Count, schema);
            _groups.Add(group);
            _byCanonical.Add(canonical, group);
        }

        foreach (var edge in childEdges)
        {
            var child = _groups[edge.Child];
            if (!child.Parents.Any(p => p.Parent == group && p.Suffix == edge.Suffix))
            {
                child.Parents.Add((group, edge.Suffix));
            }
        }

        if (site.ParentEdges is null)
        {
            group.RootCandidates.Add(site.RootHint + site.Suffix);
        }
        else
        {
            site.ParentEdges.Add(new SchemaEdge(group.Id, site.Suffix));
        }

        return group;
    }
}
