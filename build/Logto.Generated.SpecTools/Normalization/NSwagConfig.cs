using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Normalization;

/// <summary>
/// Derives the NSwag configuration actually run from the repository's <c>nswag.json</c>: it points NSwag at the
/// normalized spec, the output file and the templates, and lists the paged list operations, whose responses are
/// wrapped so that callers can read the <c>Total-Number</c> header.
/// </summary>
internal static class NSwagConfig
{
    public static JObject Derive(JObject config, JObject normalizedSpec, string specPath, string codePath, string templateDirectory)
    {
        var result = (JObject)config.DeepClone();
        result.Remove("defaultVariables");
        result["documentGenerator"]!["fromDocument"]!["url"] = Path.GetFullPath(specPath);
        var client = (JObject)result["codeGenerators"]!["openApiToCSharpClient"]!;
        client["output"] = Path.GetFullPath(codePath);
        client["templateDirectory"] = Path.GetFullPath(templateDirectory);
        client["wrapResponses"] = true;
        client["wrapResponseMethods"] = new JArray(PagedOperations(normalizedSpec).Select(o => $"{o.Tag}Client.{o.OperationId}"));
        return result;
    }

    /// <summary>The operations that take Logto's <c>page</c> query parameter.</summary>
    public static IEnumerable<(string Tag, string OperationId)> PagedOperations(JObject normalizedSpec) =>
        from operation in SpecNormalizer.EnumerateOperations(normalizedSpec)
        where (operation.Operation["parameters"] as JArray)?.Any(p => (string?)p["name"] == "page" && (string?)p["in"] == "query") == true
        select ((string)operation.Operation["tags"]![0]!, (string)operation.Operation["operationId"]!);
}
