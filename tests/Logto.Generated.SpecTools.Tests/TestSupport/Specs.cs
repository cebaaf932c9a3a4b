using Logto.Generated.SpecTools.Drift;
using Logto.Generated.SpecTools.Yaml;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Tests.TestSupport;

/// <summary>Small synthetic specs, written as YAML, and their drift as one readable line per change.</summary>
internal static class Specs
{
    public static JObject Yaml(string yaml) => (JObject)YamlJson.Parse("openapi: 3.0.1\n" + yaml);

    /// <summary>A spec with one operation, POST /api/things, whose request body and 200 response have the given schemas (YAML flow style).</summary>
    public static JObject Post(string requestSchema, string responseSchema) => Yaml($$"""
        paths:
          /api/things:
            post:
              operationId: CreateThing
              tags: [Things]
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {{requestSchema}}
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: {{responseSchema}}
        """);

    /// <summary>A spec with one operation, GET /api/things/{id}, with the given extra parameters (a YAML flow sequence).</summary>
    public static JObject Get(string parameters) => Yaml($$"""
        paths:
          /api/things/{id}:
            get:
              operationId: GetThing
              tags: [Things]
              parameters: {{parameters}}
              responses:
                '200':
                  description: OK
        """);

    public static IReadOnlyList<string> Drift(JObject before, JObject after, bool includeDocumentation = false) =>
        DriftReport.Create("base", "upstream", SpecComparer.Compare(before, after), includeDocumentation).Changes.Select(Line).ToList();

    /// <summary>"breaking POST /api/things: request body name: became required".</summary>
    public static string Line(DriftChange change) =>
        $"{(change.IsBreaking ? "breaking" : "non-breaking")} {change.Operation ?? "(document)"}: {ChangeText.Line(change)}";
}
