using Logto.Generated.SpecTools.Tests.TestSupport;

namespace Logto.Generated.SpecTools.Tests.Drift;

/// <summary>Each kind of request and response schema change, on a one-operation spec, with its exact report line and classification.</summary>
public class SchemaChangeTests
{
    private const string Op = "POST /api/things";
    private const string Empty = "{type: object}";
    private const string WithA = "{type: object, properties: {a: {type: string}}}";
    private const string WithRequiredA = "{type: object, required: [a], properties: {a: {type: string}}}";
    private const string WithEnum = "{type: object, properties: {a: {type: string, enum: [x, y]}}}";
    private const string WithOtherEnum = "{type: object, properties: {a: {type: string, enum: [x, z]}}}";
    private const string WithNullableA = "{type: object, properties: {a: {type: string, nullable: true}}}";

    private static IEnumerable<TestCaseData> RequestCases()
    {
        yield return Request("optional property added", WithA, "{type: object, properties: {a: {type: string}, b: {type: integer}}}",
            $"non-breaking {Op}: request body b: property added (optional)");
        yield return Request("required property added", WithA, "{type: object, required: [b], properties: {a: {type: string}, b: {type: integer}}}",
            $"breaking {Op}: request body b: property added (required)");
        yield return Request("property removed", WithA, Empty, $"breaking {Op}: request body a: property removed");
        yield return Request("property became required", WithA, WithRequiredA, $"breaking {Op}: request body a: became required");
        yield return Request("property no longer required", WithRequiredA, WithA, $"non-breaking {Op}: request body a: no longer required");
        yield return Request("type changed", WithA, "{type: object, properties: {a: {type: integer}}}",
            $"breaking {Op}: request body a: type changed: string -> integer");
        yield return Request("enum value removed and added", WithEnum, WithOtherEnum,
            $"breaking {Op}: request body a: enum value removed: y", $"non-breaking {Op}: request body a: enum value added: z");
        yield return Request("became nullable", WithA, WithNullableA, $"non-breaking {Op}: request body a: became nullable");
        yield return Request("no longer nullable", WithNullableA, WithA, $"breaking {Op}: request body a: no longer nullable");
    }

    private static IEnumerable<TestCaseData> ResponseCases()
    {
        yield return Response("required property added", WithA, "{type: object, required: [b], properties: {a: {type: string}, b: {type: boolean}}}",
            $"non-breaking {Op}: response 200 b: property added (required)");
        yield return Response("property removed", WithA, Empty, $"breaking {Op}: response 200 a: property removed");
        yield return Response("property no longer required", WithRequiredA, WithA, $"breaking {Op}: response 200 a: no longer required");
        yield return Response("property became required", WithA, WithRequiredA, $"non-breaking {Op}: response 200 a: became required");
        yield return Response("type changed", WithA, "{type: object, properties: {a: {type: boolean}}}",
            $"breaking {Op}: response 200 a: type changed: string -> boolean");
        yield return Response("enum value removed and added (open enums)", WithEnum, WithOtherEnum,
            $"non-breaking {Op}: response 200 a: enum value removed: y", $"non-breaking {Op}: response 200 a: enum value added: z");
        yield return Response("became nullable", WithA, WithNullableA, $"breaking {Op}: response 200 a: became nullable");
        yield return Response("no longer nullable", WithNullableA, WithA, $"non-breaking {Op}: response 200 a: no longer nullable");
        yield return Response("OpenAPI 3.1 null type", WithA, "{type: object, properties: {a: {type: [string, 'null']}}}",
            $"breaking {Op}: response 200 a: became nullable");
        yield return Response("format changed", WithA, "{type: object, properties: {a: {type: string, format: date-time}}}",
            $"breaking {Op}: response 200 a: type changed: string -> string(date-time)");
        yield return Response("became an enum", WithA, WithEnum, $"breaking {Op}: response 200 a: type changed: string -> string enum");
        yield return Response("nested array item property", "{type: array, items: {type: object, properties: {tags: {type: array, items: {type: string}}}}}",
            "{type: array, items: {type: object, properties: {tags: {type: array, items: {type: integer}}}}}",
            $"breaking {Op}: response 200 [].tags[]: type changed: string -> integer");
        yield return Response("map value type", "{type: object, additionalProperties: {type: string}}", "{type: object, additionalProperties: {type: number}}",
            $"breaking {Op}: response 200 *: type changed: string -> number");
        yield return Response("additionalProperties true is the default", WithA, "{type: object, properties: {a: {type: string}}, additionalProperties: true}");
        yield return Response("oneOf branch changed", "{oneOf: [{type: string}, {type: array, items: {type: string}}]}",
            "{oneOf: [{type: string}, {type: array, items: {type: integer}}]}",
            $"breaking {Op}: response 200 oneOf[1][]: type changed: string -> integer");
        yield return Response("oneOf branch added", "{oneOf: [{type: string}, {type: integer}]}", "{oneOf: [{type: string}, {type: integer}, {type: boolean}]}",
            $"breaking {Op}: response 200: type changed: oneOf of 2 -> oneOf of 3");
        yield return Response("object became array", WithA, "{type: array, items: {type: string}}",
            $"breaking {Op}: response 200: type changed: object -> array");
    }

    [TestCaseSource(nameof(RequestCases))]
    [TestCaseSource(nameof(ResponseCases))]
    public void Reports_the_change_with_its_classification(string before, string after, string[] expected)
    {
        var (was, now) = (before.Split('|'), after.Split('|'));

        var changes = Specs.Drift(Specs.Post(was[0], was[1]), Specs.Post(now[0], now[1]));

        Assert.That(changes, Is.EqualTo(expected));
    }

    [Test]
    public void A_change_in_a_referenced_component_is_reported_where_it_is_used_and_recursion_ends()
    {
        const string Paths = """
            paths:
              /api/nodes:
                get:
                  responses:
                    '200':
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Node'}
            """;
        var before = Specs.Yaml(Paths + "\ncomponents: {schemas: {Node: {type: object, properties: {name: {type: string}, children: {type: array, items: {$ref: '#/components/schemas/Node'}}}}}}");
        var after = Specs.Yaml(Paths + "\ncomponents: {schemas: {Node: {type: object, properties: {name: {type: integer}, children: {type: array, items: {$ref: '#/components/schemas/Node'}}}}}}");

        var changes = Specs.Drift(before, after);

        Assert.That(changes, Is.EqualTo(new[] { "breaking GET /api/nodes: response 200 name: type changed: string -> integer" }));
    }

    private static TestCaseData Request(string name, string before, string after, params string[] expected) =>
        new TestCaseData($"{before}|{Empty}", $"{after}|{Empty}", expected).SetName($"Request: {name}");

    private static TestCaseData Response(string name, string before, string after, params string[] expected) =>
        new TestCaseData($"{Empty}|{before}", $"{Empty}|{after}", expected).SetName($"Response: {name}");
}
