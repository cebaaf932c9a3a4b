using System.Globalization;
using Logto.Generated.SpecTools.Tests.TestSupport;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Tests.Drift;

/// <summary>The drift command's exit codes, JSON output and error messages.</summary>
public class DriftCliTests : TempDirectoryTest
{
    [Test]
    public async Task Identical_specs_exit_0()
    {
        var spec = Write("a.yml", "openapi: 3.0.1\npaths: {/api/x: {get: {responses: {'200': {description: OK}}}}}\n");

        var result = await Cli.RunAsync("drift", spec, spec);

        Assert.That(result.ExitCode, Is.EqualTo(0));
        Assert.That(result.Output, Is.EqualTo($"No API drift from {spec} to {spec}.\n"));
    }

    [Test]
    public async Task Drift_exits_1_and_the_json_format_lists_every_change()
    {
        var before = Write("a.yml", "openapi: 3.0.1\nservers: [{url: 'https://a/'}]\npaths: {/api/x: {get: {responses: {'200': {description: OK}}}}}\n");
        var after = Write("b.json", """{"openapi":"3.0.1","servers":[{"url":"https://b/"}],"paths":{"/api/y":{"get":{"responses":{"200":{"description":"OK"}}}}}}""");

        var result = await Cli.RunAsync("drift", before, after, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(JToken.DeepEquals(JObject.Parse(result.Output), JObject.Parse($$"""
            {
              "base": {{Quote(before)}},
              "upstream": {{Quote(after)}},
              "drift": true,
              "summary": { "changes": 2, "breaking": 1, "nonBreaking": 1, "ignoredDocumentationChanges": 1 },
              "changes": [
                { "kind": "operation-removed", "breaking": true, "operation": "GET /api/x", "location": "", "path": "", "from": null, "to": null, "message": "operation removed", "csharp": "method removed: callers break" },
                { "kind": "operation-added", "breaking": false, "operation": "GET /api/y", "location": "", "path": "", "from": null, "to": null, "message": "operation added", "csharp": "new method" }
              ]
            }
            """)), Is.True, result.Output);
    }

    [Test]
    public async Task Include_docs_reports_the_server_url_change_as_drift()
    {
        var before = Write("a.yml", "openapi: 3.0.1\nservers: [{url: 'https://a/'}]\npaths: {}\n");
        var after = Write("b.yml", "openapi: 3.0.1\nservers: [{url: 'https://b/'}]\npaths: {}\n");

        var (withoutFlag, withFlag) = (await Cli.RunAsync("drift", before, after), await Cli.RunAsync("drift", before, after, "--include-docs"));

        Assert.Multiple(() =>
        {
            Assert.That(withoutFlag.ExitCode, Is.EqualTo(0));
            Assert.That(withFlag.ExitCode, Is.EqualTo(1));
            Assert.That(withFlag.Output, Does.Contain("\n(document)\n  non-breaking  servers: server URL changed: https://a/ -> https://b/\n"));
        });
    }

    [TestCase("missing.yml", "The spec file {0} does not exist.")]
    [TestCase("bad.yml", "{0} is not valid YAML:")]
    [TestCase("bad.json", "{0} is not valid JSON:")]
    [TestCase("not-openapi.yml", "{0} is not an OpenAPI 3 document (no \"openapi: 3.x\" field at its root).")]
    [TestCase("no-paths.yml", "{0} has no \"paths\" object.")]
    public async Task Invalid_input_exits_2_with_a_message_naming_the_file(string name, string message)
    {
        Write("bad.yml", "openapi: 3.0.1\npaths: [unclosed\n");
        Write("bad.json", "{\"openapi\": \"3.0.1\", \"paths\": {");
        Write("not-openapi.yml", "swagger: '2.0'\npaths: {}\n");
        Write("no-paths.yml", "openapi: 3.0.1\n");
        var good = Write("good.yml", "openapi: 3.0.1\npaths: {}\n");
        var path = Temp.File(name);

        var result = await Cli.RunAsync("drift", good, path);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Output, Is.Empty);
        Assert.That(result.Error, Does.StartWith("error: " + string.Format(CultureInfo.InvariantCulture, message, path)));
    }

    [TestCase("drift", "error: Required argument missing for command: 'drift'.")]
    [TestCase("drift --format xml", "error: Argument 'xml' not recognized. Must be one of:\n\t'text'\n\t'json'")]
    [TestCase("drift --verbose", "error: Unknown option --verbose for drift.")]
    [TestCase("update-spec --base-fragment", "error: Unknown option --base-fragment for update-spec.")]
    public async Task Bad_arguments_exit_2_with_the_error_and_where_to_find_the_usage(string arguments, string message)
    {
        var spec = Write("a.yml", "openapi: 3.0.1\npaths: {}\n");

        var result = await Cli.RunAsync([.. arguments.Split(' '), spec]);

        var command = arguments.Split(' ')[0];
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Output, Is.Empty);
        Assert.That(result.Error.ReplaceLineEndings("\n"), Does.StartWith(message + "\n"));
        Assert.That(result.Error.ReplaceLineEndings("\n"), Does.Match($"\nSee: \\S+ {command} --help\n$"));
    }

    [Test]
    public async Task Command_help_describes_the_exit_codes_and_options()
    {
        var result = await Cli.RunAsync("drift", "--help");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Output, Does.Contain("Exit code 0: no API drift, 1: drift, 2: error.")
            .And.Contain("--format <json|text>").And.Contain("--include-docs").And.Contain("--report-file <path>").And.Contain("--base-fragment"));
    }

    private string Write(string name, string content) => Temp.Write(name, content);

    private static string Quote(string text) => new JValue(text).ToString(Newtonsoft.Json.Formatting.None);
}
