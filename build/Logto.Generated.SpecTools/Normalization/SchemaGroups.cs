using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Normalization;

/// <summary>Where a hoisted schema was found: a name that depends only on that place in the spec.</summary>
/// <param name="RootHint">The name of the place when no named schema encloses it, e.g. <c>CreateApplicationRequest</c>.</param>
/// <param name="ParentEdges">The edges of the enclosing object schema, or null at a root.</param>
/// <param name="Suffix">The property path below the enclosing schema, e.g. <c>OidcClientMetadata</c> or <c>PageRulesItem</c>.</param>
/// <param name="Use">The operation and role of a root site, or null for a component.</param>
internal sealed record SchemaSite(string RootHint, List<SchemaEdge>? ParentEdges, string Suffix, OperationUse? Use = null)
{
    public static SchemaSite Root(string hint) => new(hint, null, string.Empty);

    /// <summary>A root site of an operation: its body, a response, or a parameter (whose name is <paramref name="stem"/>).</summary>
    public static SchemaSite Root(string hint, string operation, UseRole role, string? stem = null) =>
        new(hint, null, string.Empty, new OperationUse(operation, role, stem));

    public SchemaSite Append(string suffix) => this with { Suffix = Suffix + suffix };

    public SchemaSite Below(List<SchemaEdge> edges, string suffix) => new(RootHint, edges, suffix);
}

/// <summary>Where an operation uses a schema.</summary>
internal enum UseRole
{
    /// <summary>The request body.</summary>
    Request,

    /// <summary>A success response body.</summary>
    Response,

    /// <summary>A parameter.</summary>
    Parameter,
}

/// <summary>An operation's use of a schema at a root site.</summary>
/// <param name="Operation">The operation id.</param>
/// <param name="Role">Body, response or parameter.</param>
/// <param name="Stem">For a parameter, its name in Pascal case.</param>
internal sealed record OperationUse(string Operation, UseRole Role, string? Stem);

/// <summary>A root place of a group: an operation's use, and the property path below it (<c>Item</c> for list items).</summary>
internal sealed record RootPlace(OperationUse Use, string Suffix);

/// <summary>A parent schema group holds a child group at a property path.</summary>
internal sealed record SchemaEdge(int Child, string Suffix);

/// <summary>One named type: every structurally identical schema in the spec, with the names their places suggest.</summary>
internal sealed class SchemaGroup(int id, JObject schema)
{
    public int Id { get; } = id;

    public JObject Schema { get; } = schema;

    public string Placeholder => SchemaGroups.PlaceholderPrefix + Id;

    public HashSet<string> RootCandidates { get; } = new(StringComparer.Ordinal);

    /// <summary>The operations' uses of this group at root sites.</summary>
    public List<RootPlace> RootPlaces { get; } = [];

    public List<(SchemaGroup Parent, string Suffix)> Parents { get; } = [];

    public string? ComponentName { get; set; }

    public string? FinalName { get; set; }

    /// <summary>The name its children derive neutral names from: the final name, or, for a name that belongs to an operation, the entity it is about.</summary>
    public string? Entity { get; set; }
}

/// <summary>Hash-conses hoisted schemas: structurally identical schemas share one group, and so one generated type.</summary>
internal sealed class SchemaGroups
{
    public const string PlaceholderPrefix = "#/components/schemas/__group";

    private readonly Dictionary<string, SchemaGroup> _byCanonical = new(StringComparer.Ordinal);
    private readonly List<SchemaGroup> _groups = [];

    public IReadOnlyList<SchemaGroup> All => _groups;

    /// <summary>A copy of a group, for one operation's body that should not share the original's name.</summary>
    public SchemaGroup Split(SchemaGroup original, RootPlace place, string candidate)
    {
        var copy = new SchemaGroup(_groups.Count, (JObject)original.Schema.DeepClone());
        _groups.Add(copy);
        copy.RootPlaces.Add(place);
        copy.RootCandidates.Add(candidate);
        original.RootPlaces.Remove(place);
        original.RootCandidates.Remove(candidate);
        foreach (var child in _groups.Where(g => g.Parents.Any(p => p.Parent == original)).ToList())
        {
            foreach (var (_, suffix) in child.Parents.Where(p => p.Parent == original).ToList())
            {
                child.Parents.Add((copy, suffix));
            }
        }

        return copy;
    }

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
        else
        {
            SchemaDescriptions.Fill(group.Schema, schema);
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
            if (site.Use is not null && !group.RootPlaces.Contains(new RootPlace(site.Use, site.Suffix)))
            {
                group.RootPlaces.Add(new RootPlace(site.Use, site.Suffix));
            }
        }
        else
        {
            site.ParentEdges.Add(new SchemaEdge(group.Id, site.Suffix));
        }

        return group;
    }
}
