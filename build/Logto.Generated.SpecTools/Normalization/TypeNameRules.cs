using Newtonsoft.Json;

namespace Logto.Generated.SpecTools.Normalization;

/// <summary>
/// What decides type names besides the spec: <see cref="Pins"/>, written by hand, give the main entities their natural
/// names (<c>ListApplicationsResponseItem</c> → <c>Application</c>); <see cref="Locked"/>, written by the tooling,
/// records the name every place got last time, so that a type keeps its name when upstream adds a shape that would
/// otherwise have offered a shorter one.
/// </summary>
internal sealed record TypeNameRules(IReadOnlyDictionary<string, string> Pins, IReadOnlyDictionary<string, string> Locked)
{
    public static TypeNameRules Load(string? pinsPath, string? lockPath) => new(Read(pinsPath), Read(lockPath));

    /// <summary>The lock for a normalized spec: every place with the name its type got, in ordinal order.</summary>
    public static string WriteLock(IEnumerable<SchemaGroup> groups)
    {
        var places = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var place in Places(group))
            {
                places.TryAdd(place, group.FinalName!);
            }
        }

        return JsonConvert.SerializeObject(places, Formatting.Indented) + "\n";
    }

    /// <summary>The places a group stands at: operation places and its parents' names followed by its property path.</summary>
    public static IEnumerable<string> Places(SchemaGroup group) =>
        group.RootCandidates.Concat(group.Parents.Select(p => p.Parent.FinalName + p.Suffix));

    private static IReadOnlyDictionary<string, string> Read(string? path) =>
        path is not null && File.Exists(path)
            ? JsonConvert.DeserializeObject<Dictionary<string, string>>(File.ReadAllText(path)) ?? []
            : new Dictionary<string, string>();
}
