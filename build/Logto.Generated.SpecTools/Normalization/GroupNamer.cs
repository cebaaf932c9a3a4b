namespace Logto.Generated.SpecTools.Normalization;

/// <summary>
/// Gives every schema group its final type name, parents before children: a pinned name when one of the group's
/// candidate names is pinned, otherwise the shortest candidate. A child's candidates are its parents' final names
/// followed by its property path, so <c>Application.type</c> becomes <c>ApplicationType</c>.
/// </summary>
internal sealed class GroupNamer(IReadOnlyDictionary<string, string> pins, IEnumerable<string> reserved)
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
        var pinned = candidates.Where(pins.ContainsKey).Select(c => pins[c]).Order(StringComparer.Ordinal).FirstOrDefault();
        var name = pinned is not null && !_used.Contains(pinned)
            ? pinned
            : candidates.FirstOrDefault(c => !_used.Contains(c)) ?? Disambiguate(candidates[0]);
        _used.Add(name);
        return name;
    }

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
