using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Normalization;

/// <summary>
/// Writes the C# call surface into the normalized spec as <c>x-logto-*</c> extensions, which the client templates
/// (<c>build/templates/Client.*.liquid</c>) read through NSwag's <c>ExtensionData</c>. Wire names stay as they are; only
/// the C# names and shapes are added:
/// <list type="bullet">
/// <item>every parameter gets its camelCase C# name (<see cref="NameKey"/>);</item>
/// <item>every operation gets an options class (<see cref="OptionsKey"/>) and each optional query parameter a property
/// on it (<see cref="PropertyKey"/>), so that a parameter Logto adds later is a new property, not a new signature;</item>
/// <item>list operations (those taking <c>page</c> and answering an array, or an object with one array property) get
/// their item type and where the items sit (<see cref="PageItemKey"/>, <see cref="PageItemsPropertyKey"/>); a list of
/// another shape stays a plain operation (the coverage tests count the lists);</item>
/// <item>every operation gets the credential it is called with (<see cref="CredentialKey"/>, see <see cref="OperationCredentials"/>).</item>
/// </list>
/// </summary>
internal static partial class SurfaceAnnotator
{
    public const string NameKey = "x-logto-name";
    public const string PropertyKey = "x-logto-property";
    public const string OptionsKey = "x-logto-options";
    public const string PageItemKey = "x-logto-page-item";
    public const string PageItemsPropertyKey = "x-logto-page-items";
    public const string CredentialKey = "x-logto-credential";

    /// <summary>The property a body is sent under, when the method takes the property's value itself (custom data).</summary>
    public const string BodyWrapKey = "x-logto-body-wrap";

    private const string CustomData = "customData";

    /// <summary>The query parameters the pageable sets itself, page by page.</summary>
    public const string PageParameter = "page";

    public static void Annotate(JObject spec)
    {
        var schemas = spec["components"]?["schemas"] as JObject ?? new JObject();
        foreach (var (path, _, operation) in SpecNormalizer.EnumerateOperations(spec))
        {
            var operationId = (string)operation["operationId"]!;
            var options = operationId + "Options";
            if (schemas[options] is not null)
            {
                throw new InvalidDataException($"The options class {options} of {operationId} clashes with a model of the same name.");
            }

            operation[OptionsKey] = options;
            operation[CredentialKey] = OperationCredentials.Of(operation).ToString();
            var parameters = (operation["parameters"] as JArray)?.OfType<JObject>().ToList() ?? [];
            foreach (var parameter in parameters)
            {
                // An unresolved reference (a cut-off spec) has no name; NSwag reports it.
                if ((string?)parameter["name"] is not { } name)
                {
                    continue;
                }

                parameter[NameKey] = (string?)parameter["in"] == "path" ? PathParameterName(path, name) : ToCamel(name);
                if ((string?)parameter["in"] == "query" && parameter["required"]?.Value<bool>() != true)
                {
                    parameter[PropertyKey] = ToPropertyName(name);
                }
            }

            var duplicate = parameters.GroupBy(p => (string?)p[NameKey]).FirstOrDefault(g => g.Key is not null && g.Count() > 1);
            if (duplicate is not null)
            {
                throw new InvalidDataException($"Two parameters of {operationId} are both named {duplicate.Key} in C#.");
            }

            AnnotateCustomData(path, operation, schemas);
            if (parameters.Any(p => (string?)p["name"] == PageParameter && (string?)p["in"] == "query"))
            {
                AnnotatePaging(operation, schemas);
            }
        }
    }

    /// <summary>
    /// The C# name of a path parameter: named after its entity, the same in every operation. The spec calls an entity's
    /// own id <c>id</c> in some paths (<c>/applications/{id}</c>) and <c>applicationId</c> in others
    /// (<c>/applications/{applicationId}/roles</c>); the C# name of <c>id</c> is the entity of the path segment before
    /// it, singular, followed by <c>Id</c>: <c>applicationId</c>, <c>connectorFactoryId</c>, <c>samlApplicationId</c>.
    /// The wire is unchanged.
    /// </summary>
    public static string PathParameterName(string path, string wireName)
    {
        if (wireName != "id")
        {
            return ToCamel(wireName);
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var index = Array.IndexOf(segments, "{id}");
        if (index < 1 || segments[index - 1].StartsWith('{'))
        {
            throw new InvalidDataException($"The path parameter id of {path} follows no entity segment.");
        }

        return ToCamel(Singular(segments[index - 1]) + "-id");
    }

    private static string Singular(string plural) =>
        plural.EndsWith("ies", StringComparison.Ordinal) ? plural[..^3] + "y"
        : plural.EndsWith('s') ? plural[..^1]
        : plural;

    /// <summary>The C# parameter name: camelCase, no <c>_</c>; <c>search_params</c> is <c>search</c>, <c>SAMLRequest</c> is <c>samlRequest</c>.</summary>
    public static string ToCamel(string wireName)
    {
        var words = Words(wireName);
        return string.Concat(words.Select((w, i) => i == 0 ? w.ToLowerInvariant() : Capitalize(w)));
    }

    /// <summary>The C# property name of an optional query parameter: <c>page_size</c> is <c>PageSize</c>, <c>search_params</c> is <c>Search</c>.</summary>
    public static string ToPropertyName(string wireName) => string.Concat(Words(wireName).Select(Capitalize));

    private static List<string> Words(string wireName)
    {
        var name = wireName == "search_params" ? "search" : wireName;
        return WordPattern().Matches(name).Select(m => m.Value).ToList();
    }

    private static string Capitalize(string word) =>
        word.All(char.IsUpper) && word.Length > 1 ? word[0] + word[1..].ToLowerInvariant() : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>
    /// The custom-data operations take one shape: <c>(entityId, IDictionary&lt;string, JToken&gt; customData)</c>. The
    /// spec sends an application's custom data as the body itself and a user's under <c>customData</c>
    /// (<c>{"customData": {...}}</c>); for the latter the method takes the inner object and the client wraps it, so the
    /// wire is unchanged. The body parameter is named <c>customData</c> (NSwag's <c>x-name</c>).
    /// </summary>
    private static void AnnotateCustomData(string path, JObject operation, JObject schemas)
    {
        if (!path.EndsWith("/custom-data", StringComparison.Ordinal) || operation["requestBody"] is not JObject requestBody)
        {
            return;
        }

        requestBody["x-name"] = CustomData;
        if (requestBody["content"]?["application/json"] is not JObject content || content["schema"] is not JObject schema)
        {
            return;
        }

        var name = (string?)schema["$ref"] is { } reference ? reference[(reference.LastIndexOf('/') + 1)..] : null;
        var resolved = name is null ? schema : schemas[name] as JObject;
        if (resolved?["properties"] is JObject { Count: 1 } properties && properties[CustomData] is JObject inner)
        {
            content["schema"] = inner.DeepClone();
            operation[BodyWrapKey] = CustomData;
            if (name is not null && !operation.Root.ToString(Newtonsoft.Json.Formatting.None).Contains("\"#/components/schemas/" + name + "\"", StringComparison.Ordinal))
            {
                schemas.Remove(name);
            }
        }
    }

    private static void AnnotatePaging(JObject operation, JObject schemas)
    {
        if (operation["responses"]?["200"]?["content"]?["application/json"]?["schema"] is not JObject body)
        {
            return;
        }

        if ((string?)body["type"] == "array")
        {
            Mark(operation, ItemType(body), string.Empty);
            return;
        }

        var resolved = (string?)body["$ref"] is { } reference ? schemas[reference[(reference.LastIndexOf('/') + 1)..]] as JObject : body;
        var arrays = (resolved?["properties"] as JObject)?.Properties().Where(p => (string?)p.Value["type"] == "array").ToList() ?? [];
        if (arrays.Count == 1)
        {
            Mark(operation, ItemType((JObject)arrays[0].Value), Naming.ToPascal(arrays[0].Name));
        }
    }

    private static void Mark(JObject operation, string? itemType, string itemsProperty)
    {
        if (itemType is not null)
        {
            operation[PageItemKey] = itemType;
            operation[PageItemsPropertyKey] = itemsProperty;
        }
    }

    private static string? ItemType(JObject array)
    {
        var items = array["items"] as JObject;
        if ((string?)items?["$ref"] is { } reference)
        {
            return reference[(reference.LastIndexOf('/') + 1)..];
        }

        return (string?)items?["type"] == "string" ? "string" : null;
    }

    [GeneratedRegex("[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z0-9]+|[A-Z0-9]+")]
    private static partial Regex WordPattern();
}
