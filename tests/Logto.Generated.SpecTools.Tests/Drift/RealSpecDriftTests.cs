using Logto.Generated.SpecTools.Drift;
using Logto.Generated.SpecTools.Tests.TestSupport;
using Logto.Generated.SpecTools.Yaml;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Tests.Drift;

/// <summary>Drift between the real specs: the vendored YAML, the OSS server's swagger.json and the older seed fragment.</summary>
public class RealSpecDriftTests
{
    private static readonly JObject Vendored = (JObject)YamlJson.ReadFile(Paths.VendoredSpec);

    [Test]
    public void The_vendored_spec_has_no_drift_from_itself()
    {
        var changes = SpecComparer.Compare(Vendored, (JObject)YamlJson.ReadFile(Paths.VendoredSpec));

        Assert.That(changes, Is.Empty);
    }

    [Test]
    public void The_oss_swagger_json_differs_only_in_server_url_and_info_description()
    {
        var oss = (JObject)YamlJson.Parse(File.ReadAllText(Paths.OssSwagger));

        var changes = SpecComparer.Compare(Vendored, oss);

        Assert.That(changes.Select(Specs.Line), Is.EqualTo(new[]
        {
            "non-breaking (document): servers: server URL changed: https://[tenant_id].logto.app/ -> http://localhost:3001",
            "non-breaking (document): info.description: text changed",
        }));
        Assert.That(changes.All(c => c.IsDocumentation), Is.True);
    }

    [Test]
    public async Task The_drift_command_reports_no_api_drift_for_the_oss_swagger_json()
    {
        var result = await Cli.RunAsync("drift", Paths.VendoredSpec, Paths.OssSwagger);

        Assert.That(result.ExitCode, Is.EqualTo(SpecToolsCli.Success), result.Error);
        Assert.That(result.Output, Is.EqualTo(
            $"No API drift from {Paths.VendoredSpec} to {Paths.OssSwagger}.\n" +
            "2 server URL or description changes ignored (--include-docs shows them).\n"));
    }

    [Test]
    public async Task The_older_seed_fragment_differs_from_the_current_spec_exactly_in_its_three_operations()
    {
        var result = await Cli.RunAsync("drift", Paths.SeedFragment, Paths.VendoredSpec, "--base-fragment");

        Assert.That(result.ExitCode, Is.EqualTo(SpecToolsCli.Drift), result.Error);
        Assert.That(result.Output, Is.EqualTo($$"""
            API drift from {{Paths.SeedFragment}} to {{Paths.VendoredSpec}}: 9 changes (3 breaking, 6 non-breaking).

            GET /api/applications
              breaking      response 200 [].secret: no longer required
              non-breaking  response 200 [].protectedAppMetadata.additionalScopes: property added (optional)
                            C#: new model property
              non-breaking  response 200 [].appLevelAccessControlEnabled: property added (required)
                            C#: new model property

            POST /api/applications
              breaking      response 200 secret: no longer required
              non-breaking  response 200 protectedAppMetadata.additionalScopes: property added (optional)
                            C#: new model property
              non-breaking  response 200 appLevelAccessControlEnabled: property added (required)
                            C#: new model property

            GET /api/applications/{id}
              breaking      response 200 secret: no longer required
              non-breaking  response 200 protectedAppMetadata.additionalScopes: property added (optional)
                            C#: new model property
              non-breaking  response 200 appLevelAccessControlEnabled: property added (required)
                            C#: new model property

            """.ReplaceLineEndings("\n")));
    }

    [Test]
    public async Task Without_the_fragment_flag_the_operations_beyond_the_cut_are_reported_as_added()
    {
        var fragment = Path.Combine(TestContext.CurrentContext.WorkDirectory, "seed-fragment.yml");
        await File.WriteAllTextAsync(fragment, FragmentCutter.Cut(await File.ReadAllTextAsync(Paths.SeedFragment), "seed"));

        var result = await Cli.RunAsync("drift", fragment, Paths.VendoredSpec, "--format", "json");

        var changes = (JArray)JObject.Parse(result.Output)["changes"]!;
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(SpecToolsCli.Drift), result.Error);
            Assert.That(changes.Count(c => (string)c["kind"]! == "operation-added"), Is.EqualTo(359 - 3));
            Assert.That(changes.Count(c => (string)c["kind"]! != "operation-added"), Is.EqualTo(9));
        });
    }
}
