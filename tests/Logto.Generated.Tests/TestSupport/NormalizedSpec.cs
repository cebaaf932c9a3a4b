using Logto.Generated.SpecTools.Normalization;
using Logto.Generated.SpecTools.Yaml;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>The vendored spec, raw and normalized exactly as the build normalizes it before NSwag runs.</summary>
internal static class NormalizedSpec
{
    private static readonly Lazy<JObject> RawValue = new(() => (JObject)YamlJson.ReadFile(Fixtures.SpecPath));

    private static readonly Lazy<JObject> DocumentValue = new(() => SpecNormalizer.Normalize(
        RawValue.Value,
        TypeNameRules.Load(Path.Combine(Fixtures.RepoRoot, "build", "type-names.json"), Path.Combine(Fixtures.RepoRoot, "build", "type-names.lock.json"))).Document);

    public static JObject Raw => RawValue.Value;

    public static JObject Document => DocumentValue.Value;

    public static IEnumerable<SpecOperation> Operations =>
        SpecNormalizer.EnumerateOperations(Document).Select(o => new SpecOperation(o.Path, o.Method, o.Operation));

    /// <summary>Follows a <c>#/components/schemas/X</c> reference.</summary>
    public static JObject Resolve(JObject schema)
    {
        while ((string?)schema["$ref"] is { } reference)
        {
            schema = (JObject)Document["components"]!["schemas"]![reference[(reference.LastIndexOf('/') + 1)..]]!;
        }

        return schema;
    }
}

/// <summary>One operation of the normalized spec.</summary>
public sealed record SpecOperation(string Path, string Method, JObject Operation)
{
    public string OperationId => (string)Operation["operationId"]!;

    public string Tag => (string)Operation["tags"]![0]!;

    public IEnumerable<JObject> Parameters => (Operation["parameters"] as JArray)?.OfType<JObject>() ?? [];

    public JObject? JsonRequestSchema => Operation["requestBody"]?["content"]?["application/json"]?["schema"] as JObject;

    public bool HasMultipartBody => Operation["requestBody"]?["content"]?["multipart/form-data"] is not null;

    /// <summary>The success response NSwag returns: the first 2xx with a body, else the first 2xx (or 3xx, for redirects).</summary>
    public (int Status, JObject? Schema) SuccessResponse
    {
        get
        {
            var responses = ((JObject)Operation["responses"]!).Properties().ToList();
            var successes = responses.Where(p => p.Name.StartsWith('2')).ToList();
            successes = successes.Count > 0 ? successes : responses.Where(p => p.Name.StartsWith('3')).ToList();
            var typed = successes.FirstOrDefault(p => p.Value["content"]?["application/json"]?["schema"] is JObject);
            var chosen = typed ?? successes.First();
            return (int.Parse(chosen.Name, System.Globalization.CultureInfo.InvariantCulture), chosen.Value["content"]?["application/json"]?["schema"] as JObject);
        }
    }

    public override string ToString() => $"{Method.ToUpperInvariant()} {Path} ({OperationId})";
}
