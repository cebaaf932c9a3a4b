namespace Logto.Generated.SpecTools.Normalization;

/// <summary>
/// Gives every schema group its final type name, parents before children. A group's candidates are the places it
/// stands at: operation places such as <c>CreateApplicationRequest</c>, and its parents' final names followed by its
/// property path (so <c>Application.type</c> gives <c>ApplicationType</c>). The name is, in order: a hand-written pin
/// of one of its places; the name the lock recorded for one of its places; the shortest candidate.
/// </summary>
internal sealed class GroupNamer(TypeNameRules rules, IEnumerable<string> reserved)
{
    private readonly HashSet<string> _used = new(reserved, StringComparer.Ordinal);

    public void Assign(IReadOnlyList<SchemaGroup> groups)
    {
        foreach (var group in groups.Where(g => g.ComponentName is not null))
        {
            group.FinalName = group.ComponentName;
            _used.Add(group.ComponentName!);
        }

        foreach (var group in groups.Where(g => g.FinalName is null).OrderByDescending(g => g.Id))
        {
            group.FinalName = Choose(Candidates(group));
        }
    }

    private static List<string> Candidates(SchemaGroup group) =>
        group.RootCandidates
            .Concat(group.Parents.Select(p => (p.Parent.FinalName ?? throw new InvalidOperationException("A parent is named after its child.")) + p.Suffix))
            .Select(MakeValid)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n.Length)
            .ThenBy(n => n, StringComparer.Ordinal)
            .ToList();

    private string Choose(List<string> candidates)
    {
        var name = Preferred(rules.Pins, candidates) ?? Preferred(rules.Locked, candidates)
            ?? candidates.FirstOrDefault(c => !_used.Contains(c)) ?? Disambiguate(candidates[0]);
        _used.Add(name);
        return name;
    }

    /// <summary>The name most of the group's places map to (ties: ordinal order), if it is still free.</summary>
    private string? Preferred(IReadOnlyDictionary<string, string> names, List<string> candidates) =>
        candidates.Where(names.ContainsKey)
            .GroupBy(c => names[c], StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault(n => !_used.Contains(n));

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
