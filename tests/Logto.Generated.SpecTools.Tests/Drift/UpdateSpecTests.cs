using Logto.Generated.SpecTools.Tests.TestSupport;

namespace Logto.Generated.SpecTools.Tests.Drift;

/// <summary>update-spec: writes the upstream spec over the vendored one as YAML in its style, and prints the drift.</summary>
public class UpdateSpecTests : TempDirectoryTest
{
    [Test]
    public async Task The_oss_json_is_written_as_the_vendored_yaml_with_only_its_server_and_description_lines_changed()
    {
        var vendored = Temp.File("logto-openapi-original.yml");
        File.Copy(Paths.VendoredSpec, vendored);

        var result = await Cli.RunAsync("update-spec", vendored, Paths.OssSwagger);

        var (before, after) = (File.ReadAllLines(Paths.VendoredSpec), File.ReadAllLines(vendored));
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
            Assert.That(result.Output, Is.EqualTo(
                $"Updated {vendored} from {Paths.OssSwagger}; the next build regenerates the client.\n" +
                $"No API drift from {vendored} to {Paths.OssSwagger}.\n" +
                "2 server URL or description changes ignored (--include-docs shows them).\n"));
            Assert.That(after[..3], Is.EqualTo(before[..3]));
            Assert.That(after[3], Is.EqualTo("- url: http://localhost:3001"));
            Assert.That(after[4..7], Is.EqualTo(before[4..7]));
            Assert.That(after[7], Is.EqualTo("  description: API references for Logto services."));
            Assert.That(after[8..], Is.EqualTo(before[11..]));
        });
    }

    [Test]
    public async Task Updating_to_the_same_spec_leaves_the_file_alone()
    {
        var vendored = Temp.File("spec.yml");
        File.WriteAllText(vendored, "---\nopenapi: 3.0.1\npaths:\n  \"/api/x\":\n    get:\n      responses:\n        '200':\n          description: OK\n");
        var upstream = Temp.File("upstream.json");
        File.WriteAllText(upstream, """{"openapi":"3.0.1","paths":{"/api/x":{"get":{"responses":{"200":{"description":"OK"}}}}}}""");
        var written = File.GetLastWriteTimeUtc(vendored).AddMinutes(-5);
        File.SetLastWriteTimeUtc(vendored, written);

        var result = await Cli.RunAsync("update-spec", vendored, upstream);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
            Assert.That(result.Output, Is.EqualTo($"{vendored} already matches {upstream}.\nNo API drift from {vendored} to {upstream}.\n"));
            Assert.That(File.GetLastWriteTimeUtc(vendored), Is.EqualTo(written));
        });
    }

    [Test]
    public async Task A_json_report_stays_parseable_and_the_status_goes_to_stderr()
    {
        var vendored = Temp.File("spec.yml");
        File.WriteAllText(vendored, "---\nopenapi: 3.0.1\npaths: {}\n");
        var upstream = Temp.File("upstream.yml");
        File.WriteAllText(upstream, "openapi: 3.0.1\npaths: {/api/x: {get: {responses: {'200': {description: OK}}}}}\n");

        var result = await Cli.RunAsync("update-spec", vendored, upstream, "--format", "json");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That((string?)Newtonsoft.Json.Linq.JObject.Parse(result.Output)["changes"]![0]!["kind"], Is.EqualTo("operation-added"));
            Assert.That(result.Error, Does.StartWith($"Updated {vendored} from {upstream}"));
            Assert.That(File.ReadAllText(vendored), Is.EqualTo(
                "---\nopenapi: 3.0.1\npaths:\n  \"/api/x\":\n    get:\n      responses:\n        '200':\n          description: OK\n"));
        });
    }

    [Test]
    public async Task A_bad_upstream_exits_2_and_keeps_the_vendored_file()
    {
        var vendored = Temp.File("spec.yml");
        const string Original = "---\nopenapi: 3.0.1\npaths: {}\n";
        File.WriteAllText(vendored, Original);
        var upstream = Temp.File("upstream.html");
        File.WriteAllText(upstream, "<html><body>Not a spec</body></html>");

        var result = await Cli.RunAsync("update-spec", vendored, upstream);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.StartWith($"error: {upstream} is not an OpenAPI 3 document"));
        Assert.That(File.ReadAllText(vendored), Is.EqualTo(Original));
    }
}
