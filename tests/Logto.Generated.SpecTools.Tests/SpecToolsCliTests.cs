using Logto.Generated.SpecTools.Tests.TestSupport;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Tests;

/// <summary>The command line as a whole, and the normalize command as the generation step calls it.</summary>
public class SpecToolsCliTests : TempDirectoryTest
{
    [Test]
    public async Task No_command_exits_2()
    {
        var result = await Cli.RunAsync();

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.StartWith("error: Required command was not provided."));
    }

    [Test]
    public async Task Help_lists_the_commands_and_exits_0()
    {
        var result = await Cli.RunAsync("--help");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Output, Does.Contain("normalize <spec> <out>").And.Contain("drift <base> <upstream>").And.Contain("update-spec <base> <upstream>"));
    }

    [Test]
    public async Task Normalize_with_the_generation_steps_options_writes_every_output()
    {
        var (normalized, nswagOut, report, facade) = (Temp.File("n.json"), Temp.File("nswag.json"), Temp.File("names.txt"), Temp.File("Facade.cs"));
        var build = Path.Combine(Paths.RepoRoot, "build");

        var result = await Cli.RunAsync(
            "normalize", Paths.VendoredSpec, normalized,
            "--names", Path.Combine(build, "type-names.json"), "--lock", Path.Combine(build, "type-names.lock.json"), "--report", report,
            "--nswag", Path.Combine(Paths.RepoRoot, "nswag.json"), "--nswag-out", nswagOut, "--code-out", Temp.File("Generated.cs"),
            "--templates", Path.Combine(build, "templates"), "--facade-out", facade);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
            Assert.That(result.Output, Does.Match($"^Normalized {System.Text.RegularExpressions.Regex.Escape(Paths.VendoredSpec)}: \\d+ named types\\.\n$"));
            Assert.That((string?)JObject.Parse(File.ReadAllText(normalized))["openapi"], Is.EqualTo("3.0.1"));
            Assert.That(new[] { nswagOut, report, facade }.Select(File.Exists), Is.All.True);
        });
    }

    [Test]
    public async Task Normalize_with_nswag_but_without_its_outputs_exits_2_naming_each_missing_option()
    {
        var result = await Cli.RunAsync("normalize", Paths.VendoredSpec, Temp.File("n.json"), "--nswag", "nswag.json", "--code-out", "x.cs");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.StartWith(
            "error: --nswag-out is required with --nswag.\nerror: --templates is required with --nswag.\nerror: --facade-out is required with --nswag.\n"));
        Assert.That(File.Exists(Temp.File("n.json")), Is.False);
    }
}
