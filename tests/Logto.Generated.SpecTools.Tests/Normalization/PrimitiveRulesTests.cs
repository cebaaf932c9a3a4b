using Logto.Generated.SpecTools.Normalization;
using Logto.Generated.SpecTools.Tests.TestSupport;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Tests.Normalization;

/// <summary>Flags, timestamps, counts and validators get the primitive types the server actually uses.</summary>
public class PrimitiveRulesTests
{
    [Test]
    public void Every_flag_like_query_parameter_of_the_spec_is_handled_and_every_listed_flag_exists()
    {
        var spec = SharedFiles.CurrentSpec;

        var unhandled = UnhandledFlags(spec);
        var present = QueryParameters(spec).Select(p => (string)p["name"]!).ToHashSet(StringComparer.Ordinal);

        Assert.That(unhandled, Is.Empty, "add them to PrimitiveRules.BooleanQueryFlags (or, if they are not flags, narrow LooksLikeFlag)");
        Assert.That(PrimitiveRules.BooleanQueryFlags.Where(f => !present.Contains(f)), Is.Empty, "a listed flag the spec no longer has");
    }

    [Test]
    public void A_new_flag_in_the_spec_that_is_not_listed_is_reported()
    {
        var spec = SharedFiles.CurrentSpec;
        var parameters = (JArray)spec["paths"]!["/api/users"]!["get"]!["parameters"]!;
        parameters.Add(JObject.Parse("""{"name": "includeArchived", "in": "query", "schema": {"type": "string"}}"""));
        parameters.Add(JObject.Parse("""{"name": "archived", "in": "query", "description": "If it's provided with a truthy value, ...", "schema": {"type": "string"}}"""));

        Assert.That(UnhandledFlags(spec), Is.EquivalentTo(new[] { "includeArchived", "archived" }));
    }

    [Test]
    public void Every_time_bound_query_parameter_of_the_spec_is_a_timestamp_and_a_new_one_is_reported()
    {
        var spec = SharedFiles.CurrentSpec;
        Assert.That(UnhandledTimestamps(spec), Is.Empty, "add them to PrimitiveRules.TimestampQueryParameters");

        var parameters = (JArray)spec["paths"]!["/api/users"]!["get"]!["parameters"]!;
        parameters.Add(JObject.Parse("""{"name": "since", "in": "query", "description": "Lower bound, in unix milliseconds.", "schema": {"type": "string"}}"""));
        Assert.That(UnhandledTimestamps(spec), Is.EqualTo(new[] { "since" }));

        var normalized = QueryParameters(SharedFiles.Normalize(SharedFiles.CurrentSpec).Document)
            .Where(p => PrimitiveRules.TimestampQueryParameters.Contains((string)p["name"]!)).ToList();
        Assert.That(normalized, Has.Count.EqualTo(4), "start_time and end_time of the logs and of a hook's recent logs");
        Assert.That(normalized.Select(p => (string?)p["schema"]!["format"]).Distinct(), Is.EqualTo(new[] { PrimitiveRules.TimestampFormat }));
    }

    [Test]
    public void Listed_flags_become_booleans_and_limits_integers()
    {
        var document = SharedFiles.Normalize(SharedFiles.CurrentSpec).Document;
        var normalized = QueryParameters(document).ToList();

        Assert.That(normalized.Where(p => PrimitiveRules.BooleanQueryFlags.Contains((string)p["name"]!)).Select(p => (string?)p["schema"]!["type"]).Distinct(), Is.EqualTo(new[] { "boolean" }));
        Assert.That(normalized.Where(p => (string?)p["name"] == "limit").Select(p => (string?)p["schema"]!["type"]), Is.EqualTo(new[] { "integer" }));
        Assert.That(normalized.Count(p => PrimitiveRules.BooleanQueryFlags.Contains((string)p["name"]!)), Is.EqualTo(12));
    }

    [TestCase("createdAt", "number", true)]
    [TestCase("lastSignInAt", "number", true)]
    [TestCase("expiresAt", "integer", true)]
    [TestCase("expiresAt", "string", false)]
    [TestCase("format", "number", false)]
    [TestCase("At", "number", false)]
    public void Timestamps_are_numbers_named_like_createdAt(string name, string type, bool expected) =>
        Assert.That(PrimitiveRules.IsTimestamp(name, new JObject { ["type"] = type }), Is.EqualTo(expected));

    [Test]
    public void Only_timestamps_carry_the_date_format_in_the_normalized_spec()
    {
        var result = SpecNormalizer.Normalize(Body("""
            {"type": "object", "properties": {"createdAt": {"type": "number"}, "birthday": {"type": "string", "format": "date"}}}
            """), new Dictionary<string, string>());

        var properties = result.Document["components"]!["schemas"]!["DoItRequest"]!["properties"]!;
        Assert.That((string?)properties["createdAt"]!["format"], Is.EqualTo(PrimitiveRules.TimestampFormat));
        Assert.That(properties["birthday"]!["format"], Is.Null);
        Assert.That((string?)properties["birthday"]!["type"], Is.EqualTo("string"));
    }

    [TestCase("count", true)]
    [TestCase("totalUserCount", true)]
    [TestCase("maxAttempts", true)]
    [TestCase("accessTokenTtl", false)]
    [TestCase("minValue", false)]
    public void Counts_are_integral(string name, bool expected) =>
        Assert.That(PrimitiveRules.IsCount(name, new JObject { ["type"] = "number" }), Is.EqualTo(expected));

    [Test]
    public void Validators_are_typed_by_evidence_not_by_description()
    {
        const string Validator = """{"type": "object", "description": "Validator function", "additionalProperties": true}""";
        var result = SpecNormalizer.Normalize(Body($$$"""
            {"type": "object", "properties": {
              "redirectUris": {"type": "array", "items": {{{Validator}}} },
              "usernamePolicy": {{{Validator}}},
              "name": {{{Validator}}} } }
            """), new Dictionary<string, string>());

        var properties = result.Document["components"]!["schemas"]!["DoItRequest"]!["properties"]!;
        Assert.That((string?)properties["redirectUris"]!["items"]!["type"], Is.EqualTo("string"), "real responses show strings");
        Assert.That((string?)properties["usernamePolicy"]!["type"], Is.EqualTo("object"), "the real sign-in experience shows an object");
        Assert.That(properties["name"]!["type"], Is.Null, "no evidence: untyped JSON, which reads whatever is sent");
    }

    private static List<string> UnhandledTimestamps(JObject spec) =>
        QueryParameters(spec)
            .Where(p => p["schema"] is JObject schema && PrimitiveRules.LooksLikeTimestamp(schema, (string?)p["description"]))
            .Select(p => (string)p["name"]!)
            .Where(n => !PrimitiveRules.TimestampQueryParameters.Contains(n))
            .Distinct()
            .ToList();

    private static List<string> UnhandledFlags(JObject spec) =>
        QueryParameters(spec)
            .Where(p => p["schema"] is JObject schema && PrimitiveRules.LooksLikeFlag((string)p["name"]!, schema, (string?)p["description"]))
            .Select(p => (string)p["name"]!)
            .Where(n => !PrimitiveRules.BooleanQueryFlags.Contains(n))
            .Distinct()
            .ToList();

    private static IEnumerable<JObject> QueryParameters(JObject spec) =>
        SpecNormalizer.EnumerateOperations(spec)
            .SelectMany(o => (o.Operation["parameters"] as JArray)?.OfType<JObject>() ?? [])
            .Select(p => (string?)p["$ref"] is { } reference ? (JObject)spec.SelectToken("$" + string.Concat(reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => $"['{s}']")))! : p)
            .Where(p => (string?)p["in"] == "query");

    private static JObject Body(string schema) => JObject.Parse($$$"""
        {"openapi": "3.0.1", "paths": {"/api/things": {"post": {"operationId": "DoIt", "tags": ["Things"],
          "requestBody": {"content": {"application/json": {"schema": {{{schema}}} } } },
          "responses": {"204": {"description": "done"} } } } } }
        """);
}
