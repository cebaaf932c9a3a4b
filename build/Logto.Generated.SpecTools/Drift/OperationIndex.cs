using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Drift;

/// <summary>One operation of a spec, with the parameters declared on its path item.</summary>
internal sealed partial record SpecOperation(string Method, string Path, JObject Operation, JArray PathParameters)
{
    /// <summary>"GET /api/applications/{id}".</summary>
    public string Name => $"{Method} {Path}";

    /// <summary>The identity used to match operations across versions: the method and the path with its parameter names blanked, so that renaming "{id}" is a parameter change, not a new operation.</summary>
    public string Key => $"{Method} {PathParameterName().Replace(Path, "{}")}";

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex PathParameterName();
}

/// <summary>Lists the operations of a spec in document order.</summary>
internal static class OperationIndex
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static IReadOnlyList<SpecOperation> Read(JObject document, RefResolver refs)
    {
        var operations = new List<SpecOperation>();
        foreach (var path in (document["paths"] as JObject ?? []).Properties())
        {
            if (refs.Resolve(path.Value).Node is not { } item)
            {
                continue;
            }

            var pathParameters = item["parameters"] as JArray ?? [];
            operations.AddRange(Methods
                .Where(method => item[method] is JObject)
                .Select(method => new SpecOperation(method.ToUpperInvariant(), path.Name, (JObject)item[method]!, pathParameters)));
        }

        return operations;
    }
}
