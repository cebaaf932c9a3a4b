using Logto.Generated.SpecTools.Normalization;
using Logto.Generated.SpecTools.Tests.TestSupport;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Tests.Normalization;

public class SpecNormalizerTests
{
    private static readonly Lazy<NormalizationResult> Current = new(() => SharedFiles.Normalize(SharedFiles.CurrentSpec));

    [Test]
    public void No_union_survives_in_the_current_spec_and_every_operation_is_kept()
    {
        var document = Current.Value.Document;

        Assert.That(document.SelectTokens("$..oneOf").Concat(document.SelectTokens("$..anyOf")), Is.Empty);
        Assert.That(SpecNormalizer.EnumerateOperations(document).Count(), Is.EqualTo(359));
    }

    [Test]
    public void Every_union_of_the_spec_is_collapsed_into_a_type_that_holds_every_branch()
    {
        var source = SharedFiles.CurrentSpec;
        var unions = source.SelectTokens("$..oneOf").Concat(source.SelectTokens("$..anyOf")).ToList();
        var nestedInUnions = unions.Count(u => u.Parent!.Ancestors().OfType<JProperty>().Any(p => p.Name is "oneOf" or "anyOf"));

        var outcomes = Current.Value.Unions.GroupBy(u => u.Outcome).ToDictionary(g => g.Key, g => g.Count());
        TestContext.Out.WriteLine(string.Join(", ", outcomes.Select(o => $"{o.Key}: {o.Value}")));

        Assert.That(unions, Has.Count.EqualTo(166));
        // Each union not nested in another one is collapsed where it stands; a nested one is collapsed with its parent,
        // or on its own when it sits in a property of a merged object.
        Assert.That(unions.Count - nestedInUnions, Is.EqualTo(85));
        Assert.That(Current.Value.Unions, Has.Count.InRange(85, 166));
        Assert.That(outcomes.Keys, Is.SubsetOf(new[] { "string", "enum", "boolean", "number", "merged object", "array", "untyped", "dictionary" }));
        Assert.That(Current.Value.Unions.Where(u => u.Outcome == "merged object"), Has.All.Matches<(string Branches, string Outcome)>(u => u.Branches.Contains("object")));
    }

    [Test]
    public void No_type_name_is_numbered_or_anonymous()
    {
        var names = Current.Value.Groups.Select(g => g.FinalName!).ToList();

        Assert.That(names, Has.None.Matches<string>(n => char.IsAsciiDigit(n[^1]) || n.StartsWith("Anonymous") || n.StartsWith("Body") || n.StartsWith("Response")));
        Assert.That(names, Is.Unique);
    }

    [Test]
    public void A_query_parameter_that_is_an_array_or_a_single_enum_becomes_an_array_of_the_enum()
    {
        var result = Normalize(Operation("get", """
            [{"name": "types", "in": "query", "schema": {"oneOf": [
              {"type": "array", "items": {"type": "string", "enum": ["SPA", "Native"]}},
              {"type": "string", "enum": ["SPA", "Native"]}]}}]
            """));

        var schema = Parameter(result, "types")["schema"]!;
        Assert.That((string?)schema["type"], Is.EqualTo("array"));
        var item = Component(result, (string)schema["items"]!["$ref"]!);
        Assert.That(item["enum"]!.Values<string>(), Is.EqualTo(new[] { "SPA", "Native" }));
        Assert.That(item["type"], Is.Null, "open enums carry no type, so NSwag puts no StringEnumConverter on properties");
    }

    [Test]
    public void A_union_of_the_string_literals_true_and_false_becomes_a_boolean()
    {
        var result = Normalize(Operation("get", """
            [{"name": "isThirdParty", "in": "query", "schema": {"oneOf": [
              {"type": "string", "format": "\"true\""}, {"type": "string", "format": "\"false\""}]}}]
            """));

        Assert.That((string?)Parameter(result, "isThirdParty")["schema"]!["type"], Is.EqualTo("boolean"));
    }

    [Test]
    public void Object_branches_merge_into_one_type_with_every_property_and_only_the_common_required_ones()
    {
        var result = Normalize(Body("""
            {"oneOf": [
              {"type": "object", "required": ["type", "email"], "properties": {"type": {"type": "string"}, "email": {"type": "string"}}},
              {"type": "object", "required": ["type", "phone"], "properties": {"type": {"type": "string"}, "phone": {"type": "string"}, "extra": {"type": "number"}}}]}
            """));

        var merged = Component(result, "#/components/schemas/DoItRequest");
        Assert.That(((JObject)merged["properties"]!).Properties().Select(p => p.Name), Is.EqualTo(new[] { "type", "email", "phone", "extra" }));
        Assert.That(merged["required"]!.Values<string>(), Is.EqualTo(new[] { "type" }));
        Assert.That((string?)merged[UnionCollapser.UnionMarker], Is.EqualTo("object | object"));
    }

    [Test]
    public void A_property_whose_branches_disagree_becomes_an_untyped_value()
    {
        var result = Normalize(Body("""
            {"type": "object", "properties": {"aud": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}}}
            """));

        var aud = (JObject)Component(result, "#/components/schemas/DoItRequest")["properties"]!["aud"]!;
        Assert.That(aud["type"], Is.Null);
        Assert.That((string?)aud[UnionCollapser.UnionMarker], Is.EqualTo("string | array"));
    }

    [Test]
    public void Structurally_identical_objects_share_one_type_named_by_the_shortest_place()
    {
        var shape = """{"type": "object", "properties": {"id": {"type": "string"}}}""";
        var result = Normalize(Body($$$"""{"type": "object", "properties": {"first": {{{shape}}}, "second": {{{shape}}}, "aLongerName": {{{shape}}} } }"""));

        var request = Component(result, "#/components/schemas/DoItRequest");
        var references = new[] { "first", "second", "aLongerName" }.Select(p => (string?)request["properties"]![p]!["$ref"]).Distinct().ToList();
        Assert.That(references, Is.EqualTo(new[] { "#/components/schemas/DoItRequestFirst" }));
    }

    [Test]
    public void Case_only_enum_duplicates_get_distinct_member_names()
    {
        var result = Normalize(Body("""{"type": "string", "enum": ["email", "phone", "Email", "Phone"]}"""));

        var enumSchema = Component(result, "#/components/schemas/DoItRequest");
        Assert.That(enumSchema["x-enumNames"]!.Values<string>(), Is.EqualTo(new[] { "Email", "Phone", "EmailCapitalized", "PhoneCapitalized" }));
    }

    [Test]
    public void A_validator_function_object_is_read_as_the_string_the_server_sends()
    {
        var result = Normalize(Body("""
            {"type": "object", "properties": {"redirectUris": {"type": "array", "items": {"type": "object", "description": "Validator function", "additionalProperties": true}}}}
            """));

        var items = Component(result, "#/components/schemas/DoItRequest")["properties"]!["redirectUris"]!["items"]!;
        Assert.That((string?)items["type"], Is.EqualTo("string"));
    }

    private static NormalizationResult Normalize(JObject paths) =>
        SpecNormalizer.Normalize(new JObject { ["openapi"] = "3.0.1", ["paths"] = paths }, new Dictionary<string, string>());

    private static JObject Operation(string method, string parameters) => JObject.Parse($$$"""
        {"/api/things": {"{{{method}}}": {"operationId": "DoIt", "tags": ["Things"], "parameters": {{{parameters}}},
          "responses": {"204": {"description": "done"} } } } }
        """);

    private static JObject Body(string schema) => JObject.Parse($$$"""
        {"/api/things": {"post": {"operationId": "DoIt", "tags": ["Things"],
          "requestBody": {"content": {"application/json": {"schema": {{{schema}}} } } },
          "responses": {"204": {"description": "done"} } } } }
        """);

    private static JObject Parameter(NormalizationResult result, string name) =>
        (JObject)result.Document["paths"]!["/api/things"]!.First!.First!["parameters"]!.First(p => (string?)p["name"] == name);

    private static JObject Component(NormalizationResult result, string reference) =>
        (JObject)result.Document["components"]!["schemas"]![reference[(reference.LastIndexOf('/') + 1)..]]!;
}
