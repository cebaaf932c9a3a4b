using Logto.Generated.SpecTools.Normalization;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Tests.Normalization;

/// <summary>Twins (structurally identical schemas, one type) keep the descriptions of every place they were found.</summary>
public class SchemaDescriptionsTests
{
    [Test]
    public void A_twin_fills_in_the_descriptions_the_kept_schema_lacks()
    {
        var kept = JObject.Parse("""{"type":"object","properties":{"userIds":{"type":"array"},"name":{"type":"string","description":"first"}}}""");
        var twin = JObject.Parse("""{"type":"object","description":"The rules.","properties":{"userIds":{"type":"array","description":"Who may."},"name":{"type":"string","description":"second"}}}""");

        SchemaDescriptions.Fill(kept, twin);

        Assert.That((string?)kept["description"], Is.EqualTo("The rules."));
        Assert.That((string?)kept["properties"]!["userIds"]!["description"], Is.EqualTo("Who may."));
        Assert.That((string?)kept["properties"]!["name"]!["description"], Is.EqualTo("first"), "a description already there is kept");
    }

    [Test]
    public void A_validator_placeholder_is_not_a_description()
    {
        var kept = JObject.Parse("""{"type":"object","properties":{"name":{"type":"string"}}}""");
        var twin = JObject.Parse("""{"type":"object","properties":{"name":{"type":"string","description":"Validator function"}}}""");

        SchemaDescriptions.Fill(kept, twin);

        Assert.That(kept["properties"]!["name"]!["description"], Is.Null);
    }

    [Test]
    public void The_normalized_spec_keeps_a_request_bodys_descriptions_when_a_response_of_the_same_shape_has_none()
    {
        var spec = JObject.Parse("""
            {"openapi":"3.0.1","info":{"title":"t","version":"1"},"paths":{"/api/things":{
              "get":{"operationId":"GetThing","tags":["Things"],"responses":{"200":{"description":"OK","content":{"application/json":{"schema":
                {"type":"object","required":["ids"],"properties":{"ids":{"type":"array","items":{"type":"string"}}}}}}}}},
              "put":{"operationId":"ReplaceThing","tags":["Things"],"requestBody":{"content":{"application/json":{"schema":
                {"type":"object","required":["ids"],"properties":{"ids":{"type":"array","items":{"type":"string"},"description":"The ids that may."}}}}}},
                "responses":{"200":{"description":"OK"}}}}}}
            """);

        var document = SpecNormalizer.Normalize(spec, new Dictionary<string, string>()).Document;

        var described = document["components"]!["schemas"]!.Children<JProperty>()
            .Select(schema => (string?)schema.Value["properties"]?["ids"]?["description"])
            .Where(text => text is not null);
        Assert.That(described, Has.Member("The ids that may."));
    }
}
