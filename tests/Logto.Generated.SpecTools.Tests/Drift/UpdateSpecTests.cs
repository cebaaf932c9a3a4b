using Logto.Generated.SpecTools.Tests.TestSupport;
using Logto.Generated.SpecTools.Yaml;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Tests.Drift;

/// <summary>update-spec: writes the upstream spec over the vendored one (YAML as it is, JSON converted to YAML), and prints the drift.</summary>
public class UpdateSpecTests : TempDirectoryTest
{
    [Test]
    public async Task A_yaml_upstream_is_copied_byte_for_byte()
    {
        var vendored = Temp.Write("logto-openapi-original.yml", "---\nopenapi: 3.0.1\npaths: {}\n");

        var result = await Cli.RunAsync("update-spec", vendored, Paths.VendoredSpec);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Output, Does.StartWith($"Updated {vendored} from {Paths.VendoredSpec}; the next build regenerates the client.\n"));
        Assert.That(File.ReadAllBytes(vendored), Is.EqualTo(File.ReadAllBytes(Paths.VendoredSpec)));
    }

    [Test]
    public async Task A_yaml_upstream_keeps_its_comments_flow_style_line_ends_and_byte_order_mark()
    {
        var vendored = Temp.Write("spec.yml", "---\nopenapi: 3.0.1\npaths: {}\n");
        var upstream = Temp.File("upstream.yaml");
        byte[] content = [0xEF, 0xBB, 0xBF, .. "# upstream\r\nopenapi: '3.0.1'\r\npaths: {/api/x: {get: {responses: {'200': {description: OK}}}}}\r\n"u8];
        File.WriteAllBytes(upstream, content);

        var result = await Cli.RunAsync("update-spec", vendored, upstream);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(File.ReadAllBytes(vendored), Is.EqualTo(content));
    }

    [Test]
    public async Task The_oss_json_is_converted_to_yaml_with_no_api_drift_from_the_vendored_spec()
    {
        var vendored = Temp.File("logto-openapi-original.yml");
        File.Copy(Paths.VendoredSpec, vendored);

        var update = await Cli.RunAsync("update-spec", vendored, Paths.OssSwagger);
        var drift = await Cli.RunAsync("drift", Paths.VendoredSpec, vendored);

        Assert.Multiple(() =>
        {
            Assert.That(update.ExitCode, Is.EqualTo(0), update.Error);
            Assert.That(update.Output, Is.EqualTo(
                $"Updated {vendored} from {Paths.OssSwagger}; the next build regenerates the client.\n" +
                $"No API drift from {vendored} to {Paths.OssSwagger}.\n" +
                "2 server URL or description changes ignored (--include-docs shows them).\n"));
            Assert.That(File.ReadAllText(vendored), Does.StartWith("---\nopenapi: 3.0.1\n"));
            Assert.That(JToken.DeepEquals(YamlJson.ReadFile(vendored), YamlJson.ReadFile(Paths.OssSwagger)), Is.True);
            Assert.That(drift.ExitCode, Is.EqualTo(0), drift.Output + drift.Error);
            Assert.That(drift.Output, Is.EqualTo(
                $"No API drift from {Paths.VendoredSpec} to {vendored}.\n" +
                "2 server URL or description changes ignored (--include-docs shows them).\n"));
        });
    }

    [Test]
    public async Task Updating_again_from_the_same_json_leaves_the_file_alone()
    {
        var vendored = Temp.Write("spec.yml", "---\nopenapi: 3.0.1\npaths: {}\n");
        var upstream = Temp.Write("upstream.json", """{"openapi":"3.0.1","paths":{"/api/x":{"get":{"responses":{"200":{"description":"OK"}}}}}}""");
        await Cli.RunAsync("update-spec", vendored, upstream);
        var written = File.GetLastWriteTimeUtc(vendored).AddMinutes(-5);
        File.SetLastWriteTimeUtc(vendored, written);

        var result = await Cli.RunAsync("update-spec", vendored, upstream);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
            Assert.That(result.Output, Is.EqualTo($"{vendored} already matches {upstream}.\nNo API drift from {vendored} to {upstream}.\n"));
            Assert.That(File.GetLastWriteTimeUtc(vendored), Is.EqualTo(written));
            Assert.That(File.ReadAllText(vendored), Is.EqualTo(
                "---\nopenapi: 3.0.1\npaths:\n  /api/x:\n    get:\n      responses:\n        '200':\n          description: OK\n"));
        });
    }

    [Test]
    public async Task A_json_report_stays_parseable_and_the_status_goes_to_stderr()
    {
        var vendored = Temp.Write("spec.yml", "---\nopenapi: 3.0.1\npaths: {}\n");
        const string Upstream = "openapi: 3.0.1\npaths: {/api/x: {get: {responses: {'200': {description: OK}}}}}\n";
        var upstream = Temp.Write("upstream.yml", Upstream);

        var result = await Cli.RunAsync("update-spec", vendored, upstream, "--format", "json");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That((string?)JObject.Parse(result.Output)["changes"]![0]!["kind"], Is.EqualTo("operation-added"));
            Assert.That(result.Error, Does.StartWith($"Updated {vendored} from {upstream}"));
            Assert.That(File.ReadAllText(vendored), Is.EqualTo(Upstream));
        });
    }

    [Test]
    public async Task A_bad_upstream_exits_2_and_keeps_the_vendored_file()
    {
        const string Original = "---\nopenapi: 3.0.1\npaths: {}\n";
        var vendored = Temp.Write("spec.yml", Original);
        var upstream = Temp.Write("upstream.html", "<html><body>Not a spec</body></html>");

        var result = await Cli.RunAsync("update-spec", vendored, upstream);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.StartWith($"error: {upstream} is not an OpenAPI 3 document"));
        Assert.That(File.ReadAllText(vendored), Is.EqualTo(Original));
    }
}
