using Logto.Generated.SpecTools.Tests.TestSupport;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Tests.Drift;

/// <summary>Operations, their identity, parameters, request bodies, responses and media types, on synthetic specs.</summary>
public class OperationChangeTests
{
    private const string Get = "GET /api/things/{id}";
    private const string Query = "{name: q, in: query, schema: {type: string}}";
    private const string RequiredQuery = "{name: q, in: query, required: true, schema: {type: string}}";

    [Test]
    public void Operations_added_and_removed()
    {
        var before = Specs.Yaml("paths: {/api/a: {get: {responses: {'200': {description: OK}}}}, /api/b: {delete: {responses: {'204': {description: Gone}}}}}");
        var after = Specs.Yaml("paths: {/api/a: {get: {responses: {'200': {description: OK}}}, post: {responses: {'201': {description: Made}}}}}");

        Assert.That(Specs.Drift(before, after), Is.EqualTo(new[]
        {
            "breaking DELETE /api/b: operation removed",
            "non-breaking POST /api/a: operation added",
        }));
    }

    [Test]
    public void A_new_operationId_or_first_tag_renames_or_moves_the_generated_method()
    {
        var before = Specs.Get("[]");
        var after = Specs.Get("[]");
        after["paths"]!["/api/things/{id}"]!["get"]!["operationId"] = "FetchThing";
        after["paths"]!["/api/things/{id}"]!["get"]!["tags"] = new JArray("Items", "Things");

        Assert.That(Specs.Drift(before, after), Is.EqualTo(new[]
        {
            $"breaking {Get}: operationId changed: GetThing -> FetchThing",
            $"breaking {Get}: first tag (client class) changed: Things -> Items",
        }));
    }

    [TestCase("[]", $"[{Query}]", $"non-breaking {Get}: query parameter 'q': parameter added (optional)")]
    [TestCase("[]", $"[{RequiredQuery}]", $"breaking {Get}: query parameter 'q': parameter added (required)")]
    [TestCase($"[{Query}]", "[]", $"breaking {Get}: query parameter 'q': parameter removed")]
    [TestCase($"[{Query}]", $"[{RequiredQuery}]", $"breaking {Get}: query parameter 'q': became required")]
    [TestCase($"[{RequiredQuery}]", $"[{Query}]", $"non-breaking {Get}: query parameter 'q': no longer required")]
    [TestCase($"[{Query}]", "[{name: q, in: query, schema: {type: integer}}]", $"breaking {Get}: query parameter 'q': type changed: string -> integer")]
    [TestCase("[{name: q, in: query, schema: {type: string, enum: [a, b]}}]", "[{name: q, in: query, schema: {type: string, enum: [a]}}]",
        $"breaking {Get}: query parameter 'q': enum value removed: b")]
    [TestCase($"[{Query}]", "[{name: q, in: header, schema: {type: string}}]",
        $"breaking {Get}: query parameter 'q': parameter removed", $"non-breaking {Get}: header parameter 'q': parameter added (optional)")]
    public void Parameter_changes(string before, string after, params string[] expected)
    {
        Assert.That(Specs.Drift(Specs.Get(before), Specs.Get(after)), Is.EqualTo(expected));
    }

    [Test]
    public void Parameters_are_resolved_through_references_and_path_level_declarations()
    {
        var before = Specs.Yaml("""
            paths:
              /api/things/{id}:
                parameters: [{$ref: '#/components/parameters/id'}]
                get: {responses: {'200': {description: OK}}}
            components: {parameters: {id: {name: id, in: path, required: true, schema: {type: string}}}}
            """);
        var after = Specs.Yaml("""
            paths:
              /api/things/{id}:
                get:
                  parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
                  responses: {'200': {description: OK}}
            """);

        Assert.That(Specs.Drift(before, after), Is.EqualTo(new[] { $"breaking {Get}: path parameter 'id': type changed: string -> integer" }));
    }

    [Test]
    public void A_renamed_path_parameter_is_the_same_operation_with_a_parameter_replaced()
    {
        var before = Specs.Yaml("paths: {'/api/things/{id}': {get: {parameters: [{name: id, in: path, required: true, schema: {type: string}}], responses: {'200': {description: OK}}}}}");
        var after = Specs.Yaml("paths: {'/api/things/{thingId}': {get: {parameters: [{name: thingId, in: path, required: true, schema: {type: string}}], responses: {'200': {description: OK}}}}}");

        Assert.That(Specs.Drift(before, after), Is.EqualTo(new[]
        {
            "breaking GET /api/things/{thingId}: path parameter 'id': parameter removed",
            "breaking GET /api/things/{thingId}: path parameter 'thingId': parameter added (required)",
        }));
    }

    [TestCase("{required: true, content: {application/json: {schema: {type: object}}}}", null, "breaking POST /api/x: request body: request body removed")]
    [TestCase(null, "{required: true, content: {application/json: {schema: {type: object}}}}", "breaking POST /api/x: request body: request body added (required)")]
    [TestCase(null, "{content: {application/json: {schema: {type: object}}}}", "non-breaking POST /api/x: request body: request body added (optional)")]
    [TestCase("{content: {application/json: {schema: {type: object}}}}", "{required: true, content: {application/json: {schema: {type: object}}}}",
        "breaking POST /api/x: request body: became required")]
    [TestCase("{content: {application/json: {schema: {type: object}}}}", "{content: {application/json: {schema: {type: object}}, multipart/form-data: {schema: {type: object}}}}",
        "non-breaking POST /api/x: request body: media type added: multipart/form-data")]
    [TestCase("{content: {application/json: {schema: {type: object}}, text/plain: {schema: {type: string}}}}", "{content: {application/json: {schema: {type: object}}}}",
        "breaking POST /api/x: request body: media type removed: text/plain")]
    [TestCase("{content: {text/plain: {schema: {type: string}}}}", "{content: {text/plain: {schema: {type: integer}}}}",
        "breaking POST /api/x: request body (text/plain): type changed: string -> integer")]
    public void Request_body_changes(string? before, string? after, string expected)
    {
        static string Spec(string? body) => "paths: {/api/x: {post: {" + (body is null ? string.Empty : $"requestBody: {body}, ") + "responses: {'204': {description: Done}}}}}";

        Assert.That(Specs.Drift(Specs.Yaml(Spec(before)), Specs.Yaml(Spec(after))), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void Responses_added_and_removed_break_only_when_a_success_response_disappears()
    {
        var before = Specs.Yaml("paths: {/api/x: {get: {responses: {'200': {description: OK}, '404': {description: Missing}}}}}");
        var after = Specs.Yaml("paths: {/api/x: {get: {responses: {'201': {description: OK}, '422': {description: Bad}}}}}");

        Assert.That(Specs.Drift(before, after), Is.EqualTo(new[]
        {
            "breaking GET /api/x: response 200: response removed",
            "non-breaking GET /api/x: response 404: response removed",
            "non-breaking GET /api/x: response 201: response added",
            "non-breaking GET /api/x: response 422: response added",
        }));
    }

    [Test]
    public void Server_url_and_description_changes_are_ignored_unless_asked_for()
    {
        var before = Specs.Yaml("servers: [{url: 'https://a.example/'}]\ninfo: {title: T, description: Old}\npaths: {/api/x: {get: {summary: S, parameters: [{name: q, in: query, description: Old, schema: {type: string, description: Old}}], responses: {'200': {description: OK}}}}}");
        var after = Specs.Yaml("servers: [{url: 'http://localhost:3001'}]\ninfo: {title: T, description: New}\npaths: {/api/x: {get: {summary: S2, parameters: [{name: q, in: query, description: New, schema: {type: string, description: New}}], responses: {'200': {description: Fine}}}}}");

        var report = Logto.Generated.SpecTools.Drift.DriftReport.Create("a", "b", Logto.Generated.SpecTools.Drift.SpecComparer.Compare(before, after), includeDocumentation: false);

        Assert.Multiple(() =>
        {
            Assert.That(report.Changes, Is.Empty);
            Assert.That(report.IgnoredDocumentationChanges, Is.EqualTo(6));
            Assert.That(Specs.Drift(before, after, includeDocumentation: true), Is.EqualTo(new[]
            {
                "non-breaking (document): servers: server URL changed: https://a.example/ -> http://localhost:3001",
                "non-breaking (document): info.description: text changed",
                "non-breaking GET /api/x: summary: text changed",
                "non-breaking GET /api/x: query parameter 'q': text changed",
                "non-breaking GET /api/x: query parameter 'q': text changed",
                "non-breaking GET /api/x: response 200: text changed",
            }));
        });
    }
}
