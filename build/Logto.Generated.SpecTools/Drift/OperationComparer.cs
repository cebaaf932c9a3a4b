using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Drift;

/// <summary>Compares two versions of one operation: its client identity (operationId, first tag), texts, parameters, request body and responses.</summary>
internal sealed class OperationComparer
{
    private readonly ParameterComparer parameters;
    private readonly BodyComparer bodies;

    public OperationComparer(RefResolver baseRefs, RefResolver upstreamRefs)
    {
        var schemas = new SchemaComparer(baseRefs, upstreamRefs);
        parameters = new ParameterComparer(baseRefs, upstreamRefs, schemas);
        bodies = new BodyComparer(baseRefs, upstreamRefs, schemas);
    }

    public void Compare(SpecOperation before, SpecOperation after, List<DriftChange> changes)
    {
        var site = new ChangeSite(changes, after.Name, string.Empty, Direction.Request);
        var (was, now) = (before.Operation, after.Operation);
        CompareIdentity(Text(was["operationId"]), Text(now["operationId"]), ChangeKind.OperationIdChanged, site);
        CompareIdentity(Text((was["tags"] as JArray)?.FirstOrDefault()), Text((now["tags"] as JArray)?.FirstOrDefault()), ChangeKind.TagChanged, site);
        site.At("summary", Direction.Request).CompareText(Text(was["summary"]), Text(now["summary"]));
        site.At("description", Direction.Request).CompareText(Text(was["description"]), Text(now["description"]));
        parameters.Compare(before, after, site);
        bodies.CompareRequestBody(was, now, site);
        bodies.CompareResponses(was, now, site);
    }

    private static void CompareIdentity(string? from, string? to, ChangeKind kind, ChangeSite site)
    {
        if (!string.Equals(from, to, StringComparison.Ordinal))
        {
            site.Add(kind, from: from, to: to);
        }
    }

    private static string? Text(JToken? token) => token?.Type == JTokenType.Null ? null : token?.ToString();
}
