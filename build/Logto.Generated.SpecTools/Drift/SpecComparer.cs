using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Drift;

/// <summary>Finds every change from a base spec to an upstream spec, document-level texts first, then operation by operation in the base's order, then the added operations.</summary>
internal static class SpecComparer
{
    /// <param name="baseDocument">The spec the client was generated from.</param>
    /// <param name="upstreamDocument">The newer spec.</param>
    /// <param name="baseIsFragment">The base is a truncated fragment: do not report the operations and tags it does not reach.</param>
    public static IReadOnlyList<DriftChange> Compare(JObject baseDocument, JObject upstreamDocument, bool baseIsFragment = false)
    {
        var changes = new List<DriftChange>();
        DocumentComparer.Compare(baseDocument, upstreamDocument, new ChangeSite(changes, null, string.Empty, Direction.Response), baseIsFragment);
        var (baseRefs, upstreamRefs) = (new RefResolver(baseDocument), new RefResolver(upstreamDocument));
        var operations = new OperationComparer(baseRefs, upstreamRefs);
        var before = OperationIndex.Read(baseDocument, baseRefs);
        var after = OperationIndex.Read(upstreamDocument, upstreamRefs);
        var upstreamByKey = after.GroupBy(o => o.Key).ToDictionary(g => g.Key, g => g.First());
        var baseKeys = before.Select(o => o.Key).ToHashSet();
        foreach (var operation in before)
        {
            if (upstreamByKey.TryGetValue(operation.Key, out var upstream))
            {
                operations.Compare(operation, upstream, changes);
            }
            else
            {
                new ChangeSite(changes, operation.Name, string.Empty, Direction.Request).Add(ChangeKind.OperationRemoved);
            }
        }

        foreach (var operation in after.Where(o => !baseIsFragment && !baseKeys.Contains(o.Key)))
        {
            new ChangeSite(changes, operation.Name, string.Empty, Direction.Request).Add(ChangeKind.OperationAdded);
        }

        return changes;
    }
}
