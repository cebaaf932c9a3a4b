namespace Logto.Generated.SpecTools.Normalization;

/// <summary>
/// Gives every schema group its final type name, parents before children. A group's candidates are the places it
/// stands at: operation places such as <c>CreateApplicationRequest</c>, and its parents' final names followed by its
/// property path (so <c>Application.type</c> gives <c>ApplicationType</c>).
/// <para>
/// A name must be true wherever the type is used: a name that belongs to an operation (<c>{X}Request</c>,
/// <c>{X}Response</c>, <c>{X}ResponseItem</c>, or a path below one) is given only to a type that operation X alone
/// uses, in that one role. A type several operations share, or one used as both a body and a result, gets a neutral
/// name instead, derived by a rule (see <see cref="OperationNames"/>): the name of the entity its places are about,
/// without the verb and the Request/Response suffix (<c>ListApplicationSecretsResponseItem</c> and
/// <c>CreateApplicationSecretResponse</c> give <c>ApplicationSecret</c>).
/// </para>
/// The name is, in order: a hand-written pin of one of its places; the name the lock recorded for one of its places;
/// the best rule-derived candidate. Pins and locked names are taken only when they are true to the group's uses.
/// </summary>
internal sealed class GroupNamer(TypeNameRules rules, IEnumerable<string> reserved)
{
    private readonly HashSet<string> _used = new(reserved, StringComparer.Ordinal);
    private readonly Dictionary<SchemaGroup, HashSet<(string Operation, UseRole Role)>> _uses = [];
    private OperationNames _operations = new([]);

    public void Assign(IReadOnlyList<SchemaGroup> groups)
    {
        _operations = new OperationNames(groups.SelectMany(g => g.RootPlaces).Select(p => p.Use.Operation));
        foreach (var group in groups.Where(g => g.ComponentName is not null))
        {
            group.FinalName = group.ComponentName;
            group.Entity = group.ComponentName;
            _used.Add(group.ComponentName!);
        }

        foreach (var group in groups.Where(g => g.FinalName is null).OrderByDescending(g => g.Id))
        {
            var uses = Uses(group);
            group.FinalName = uses.Count > 1 ? ChooseNeutral(group, uses) : Choose(Candidates(group), uses);
            group.Entity = _operations.Mentions(group.FinalName) ? Derived(group).Select(d => d.Name).FirstOrDefault() ?? group.FinalName : group.FinalName;
        }
    }

    /// <summary>The operations and roles a group is used in: at its own root places and wherever its parents are used.</summary>
    public HashSet<(string Operation, UseRole Role)> Uses(SchemaGroup group)
    {
        if (!_uses.TryGetValue(group, out var uses))
        {
            uses = group.RootPlaces.Select(p => (p.Use.Operation, p.Use.Role)).ToHashSet();
            _uses[group] = uses;
            foreach (var (parent, _) in group.Parents)
            {
                uses.UnionWith(Uses(parent));
            }
        }

        return uses;
    }

    private static List<string> Candidates(SchemaGroup group) =>
        group.RootCandidates
            .Concat(group.Parents.Select(p => (p.Parent.FinalName ?? throw new InvalidOperationException("A parent is named after its child.")) + p.Suffix))
            .Select(MakeValid)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n.Length)
            .ThenBy(n => n, StringComparer.Ordinal)
            .ToList();

    /// <summary>A group used at one place of one operation (or by no operation): its places' names are all true.</summary>
    private string Choose(List<string> candidates, HashSet<(string Operation, UseRole Role)> uses)
    {
        var name = Preferred(rules.Pins, candidates, uses) ?? Preferred(rules.Locked, candidates, uses)
            ?? candidates.FirstOrDefault(c => !_used.Contains(c) && IsTrue(c, uses)) ?? Disambiguate(candidates[0]);
        _used.Add(name);
        return name;
    }

    /// <summary>A group shared by several operations or roles: a pinned or locked name that names no operation, or a derived one.</summary>
    private string ChooseNeutral(SchemaGroup group, HashSet<(string Operation, UseRole Role)> uses)
    {
        var places = Candidates(group);
        var derived = Derived(group).Select(d => d.Name).Where(n => !_operations.Mentions(n)).ToList();
        var name = Preferred(rules.Pins, places, uses) ?? Preferred(rules.Locked, places, uses)
            ?? derived.FirstOrDefault(n => !_used.Contains(n)) ?? Disambiguate(derived.FirstOrDefault() ?? "Shared" + group.Id);
        _used.Add(name);
        return name;
    }

    /// <summary>
    /// The neutral names a group's places suggest, best first: a place below a parent with a neutral name gives that
    /// name followed by the property path; an operation place gives the entity the operation is about. Names given by
    /// real parents come first, then the most frequent, then the shortest.
    /// </summary>
    private List<(string Name, bool FromParent)> Derived(SchemaGroup group)
    {
        var names = new List<(string Name, bool FromParent)>();
        foreach (var (parent, suffix) in group.Parents)
        {
            var neutralParent = parent.FinalName is not null && !_operations.Mentions(parent.FinalName);
            names.Add((MakeValid((parent.Entity ?? parent.FinalName) + suffix), neutralParent));
        }

        foreach (var place in group.RootPlaces)
        {
            var stem = place.Use.Stem ?? OperationNames.Entity(place.Use.Operation);
            names.Add((MakeValid(OperationNames.WithSuffix(stem, place.Suffix)), false));
        }

        return names.GroupBy(n => n.Name, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, FromParent: g.Any(n => n.FromParent), Count: g.Count()))
            .OrderByDescending(n => n.FromParent)
            .ThenByDescending(n => n.Count)
            .ThenBy(n => n.Name.Length)
            .ThenBy(n => n.Name, StringComparer.Ordinal)
            .Select(n => (n.Name, n.FromParent))
            .ToList();
    }

    /// <summary>The name most of the group's places map to (ties: ordinal order), if it is still free and true to the group's uses.</summary>
    private string? Preferred(IReadOnlyDictionary<string, string> names, List<string> candidates, HashSet<(string Operation, UseRole Role)> uses) =>
        candidates.Where(names.ContainsKey)
            .GroupBy(c => names[c], StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault(n => !_used.Contains(n) && IsTrue(n, uses));

    /// <summary>Whether a name is true to where the type is used: it names no operation, or the one operation and role that use it.</summary>
    private bool IsTrue(string name, HashSet<(string Operation, UseRole Role)> uses) =>
        !_operations.Mentions(name) || (uses.Count == 1 && OperationNames.Belongs(name, uses.Single().Operation, uses.Single().Role));

    private string Disambiguate(string name)
    {
        for (var letter = 'A'; ; letter++)
        {
            var candidate = name + "Shape" + letter;
            if (!_used.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>No type name may end in a digit, or start with a digit.</summary>
    private static string MakeValid(string name)
    {
        if (name.Length > 0 && char.IsAsciiDigit(name[0]))
        {
            name = "Value" + name;
        }

        return name.Length > 0 && char.IsAsciiDigit(name[^1]) ? name + "Value" : name;
    }
}
