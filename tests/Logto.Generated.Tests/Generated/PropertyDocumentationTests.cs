using System.CodeDom.Compiler;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Logto.Generated.Tests.TestSupport;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.Tests.Generated;

/// <summary>
/// Every property description of the vendored spec (request bodies, responses, components) is the XML doc of a
/// generated model property with that JSON name, as the IDE shows it from the package's XML documentation file.
/// </summary>
public partial class PropertyDocumentationTests
{
    private const string ValidatorDescription = "Validator function";

    [Test]
    public void Every_property_the_spec_describes_in_a_body_carries_that_description_as_XML_doc()
    {
        var members = DocMembers();
        var descriptionsByName = SpecDescriptions(NormalizedSpec.Raw).ToLookup(pair => pair.Name, pair => pair.Text);
        var checkedCount = 0;
        var wrong = new List<string>();
        foreach (var (site, raw, normalized) in Bodies())
        {
            foreach (var (type, jsonName, text) in DescribedProperties(raw, normalized, site))
            {
                checkedCount++;
                var property = ModelProperties().SingleOrDefault(p => p.Property.DeclaringType == type && p.JsonName == jsonName).Property;
                var summary = property is null ? null : members.GetValueOrDefault("P:" + type.FullName + "." + property.Name);
                // One type serves every structurally identical place; where the places describe a property differently,
                // the type carries the first description.
                if (summary != text && !descriptionsByName[jsonName].Contains(summary))
                {
                    wrong.Add($"{site}: {type.Name}.{property?.Name ?? jsonName} is documented \"{summary}\", the spec says \"{text}\"");
                }
            }
        }

        Assert.That(checkedCount, Is.GreaterThan(250), "the spec describes hundreds of body properties");
        Assert.That(wrong, Is.Empty, string.Join(Environment.NewLine, wrong.Take(20)));
    }

    /// <summary>Each JSON request body and success response: its raw schema and the normalized one.</summary>
    private static IEnumerable<(string Site, JObject Raw, JObject Normalized)> Bodies()
    {
        foreach (var path in ((JObject)NormalizedSpec.Raw["paths"]!).Properties())
        {
            foreach (var operation in ((JObject)path.Value).Properties().Where(p => p.Value is JObject { } o && o["operationId"] is not null))
            {
                var normalized = NormalizedSpec.Document["paths"]?[path.Name]?[operation.Name];
                var bodies = new List<(string, JToken?, JToken?)> { ("request", operation.Value["requestBody"], normalized?["requestBody"]) };
                foreach (var response in (operation.Value["responses"] as JObject)?.Properties().Where(r => r.Name.StartsWith('2')) ?? [])
                {
                    bodies.Add((response.Name, response.Value, normalized?["responses"]?[response.Name]));
                }

                foreach (var (role, raw, copy) in bodies)
                {
                    if (raw?["content"]?["application/json"]?["schema"] is JObject rawSchema
                        && copy?["content"]?["application/json"]?["schema"] is JObject normalizedSchema)
                    {
                        yield return ($"{operation.Value["operationId"]} {role}", rawSchema, normalizedSchema);
                    }
                }
            }
        }
    }

    /// <summary>The described properties of a raw object schema and, below it, of its object properties and array items, with the generated type that holds each.</summary>
    private static IEnumerable<(Type Type, string JsonName, string Text)> DescribedProperties(JObject raw, JObject normalized, string site)
    {
        if (raw["type"] is { } rawType && (string?)rawType == "array")
        {
            if (raw["items"] is JObject rawItems && NormalizedSpec.Resolve(normalized)["items"] is JObject items)
            {
                foreach (var item in DescribedProperties(rawItems, items, site))
                {
                    yield return item;
                }
            }

            yield break;
        }

        var reference = (string?)normalized["$ref"];
        if (raw["properties"] is not JObject properties || reference is null || raw["oneOf"] is not null || raw["anyOf"] is not null)
        {
            yield break;
        }

        var type = typeof(LogtoJson).Assembly.GetType("Logto.Generated." + reference[(reference.LastIndexOf('/') + 1)..]);
        var normalizedProperties = NormalizedSpec.Resolve(normalized)["properties"] as JObject;
        if (type is null || normalizedProperties is null)
        {
            yield break;
        }

        foreach (var property in properties.Properties())
        {
            if (property.Value is not JObject value || normalizedProperties[property.Name] is not JObject copy)
            {
                continue;
            }

            if ((string?)value["description"] is { Length: > 0 } text && text != ValidatorDescription)
            {
                yield return (type, property.Name, Collapse(text));
            }

            foreach (var nested in DescribedProperties(value, copy, site + "." + property.Name))
            {
                yield return nested;
            }
        }
    }

    [Test]
    public void A_request_property_described_only_in_its_request_body_is_documented()
    {
        // The request body of PUT access-control describes these; the GET response of the same shape does not.
        var docs = GeneratedSummaries().Where(pair => pair.Name == "userIds").Select(pair => pair.Text).ToList();

        Assert.That(docs, Has.Member("An array of user IDs that can access the application."));
    }

    [Test]
    public void Every_generated_model_property_has_an_XML_doc()
    {
        var members = DocMembers();
        var undocumented = ModelProperties()
            .Where(property => !members.ContainsKey("P:" + property.Property.DeclaringType!.FullName + "." + property.Property.Name))
            .Select(property => property.Property.DeclaringType!.Name + "." + property.Property.Name)
            .ToList();

        Assert.That(undocumented, Is.Empty, string.Join(", ", undocumented.Take(20)));
    }

    private static IEnumerable<(string Name, string Text)> SpecDescriptions(JToken token)
    {
        if (token is JObject schema && schema["properties"] is JObject properties)
        {
            foreach (var property in properties.Properties())
            {
                if (property.Value is JObject value && (string?)value["description"] is { Length: > 0 } text && text != ValidatorDescription)
                {
                    yield return (property.Name, Collapse(text));
                }
            }
        }

        foreach (var child in token.Children())
        {
            foreach (var pair in SpecDescriptions(child))
            {
                yield return pair;
            }
        }
    }

    private static IEnumerable<(string Name, string Text)> GeneratedSummaries()
    {
        var members = DocMembers();
        foreach (var (property, jsonName) in ModelProperties())
        {
            if (members.TryGetValue("P:" + property.DeclaringType!.FullName + "." + property.Name, out var summary))
            {
                yield return (jsonName, summary);
            }
        }
    }

    private static IEnumerable<(PropertyInfo Property, string JsonName)> ModelProperties() =>
        typeof(LogtoJson).Assembly.GetTypes()
            .Where(type => type.IsClass && type.GetCustomAttribute<GeneratedCodeAttribute>()?.Tool == "NJsonSchema")
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(property => (property, property.GetCustomAttribute<JsonPropertyAttribute>()?.PropertyName))
            .Where(pair => pair.PropertyName is not null)
            .Select(pair => (pair.property, pair.PropertyName!));

    /// <summary>The summaries of the library's XML documentation file, by member id, with white space collapsed.</summary>
    private static Dictionary<string, string> DocMembers()
    {
        var path = Path.ChangeExtension(typeof(LogtoJson).Assembly.Location, ".xml");
        return XDocument.Load(path).Descendants("member")
            .Where(member => member.Element("summary") is not null)
            .ToDictionary(member => (string)member.Attribute("name")!, member => Collapse(member.Element("summary")!.Value), StringComparer.Ordinal);
    }

    private static string Collapse(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
