using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Logto.Generated.SpecTools.Normalization;
using Logto.Generated.Tests.TestSupport;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.Tests.Generated;

/// <summary>
/// A query parameter Logto adds to an operation becomes a property of the operation's options class, never a new method
/// signature: the build's normalizer and NSwag, with the project's templates, run on a copy of the spec (cut to the user
/// paths, for speed) with and without an added parameter, and the generated signatures are compared.
/// </summary>
[NonParallelizable]
public partial class SignatureStabilityTests
{
    private static readonly string[] KeptPaths = ["/api/users", "/api/users/{userId}"];

    [Test]
    public async Task Adding_an_optional_query_parameter_leaves_every_signature_unchanged_and_adds_an_options_property()
    {
        using var directory = new TemporaryDirectory();
        var original = CutSpec();
        var changed = (JObject)original.DeepClone();
        foreach (var operation in new[] { changed["paths"]!["/api/users"]!["get"]!, changed["paths"]!["/api/users/{userId}"]!["get"]!, changed["paths"]!["/api/users/{userId}"]!["delete"]! })
        {
            var parameters = operation["parameters"] as JArray ?? [];
            parameters.Add(new JObject { ["name"] = "new_filter", ["in"] = "query", ["required"] = false, ["schema"] = new JObject { ["type"] = "string" } });
            operation["parameters"] = parameters;
        }

        var before = await GenerateAsync(original, Path.Combine(directory.Path, "before"));
        var after = await GenerateAsync(changed, Path.Combine(directory.Path, "after"));

        Assert.That(Signatures(after), Is.EqualTo(Signatures(before)));
        Assert.That(Signatures(before), Has.Count.EqualTo(9), "ListUsers, CreateUser, GetUser, UpdateUser, DeleteUser, with the twins of the last four");
        Assert.That(Signatures(before).Keys, Does.Contain("ListUsersAsync").And.Contain("GetUserAsync").And.Contain("DeleteUserWithResponseAsync"));
        foreach (var options in new[] { "ListUsersOptions", "GetUserOptions", "DeleteUserOptions" })
        {
            Assert.That(OptionsClass(before, options), Does.Not.Contain("NewFilter"), options);
            Assert.That(OptionsClass(after, options), Does.Contain("public string? NewFilter { get; set; }"), options);
        }

        Assert.That(after, Does.Contain("LogtoQueryString.Append(query_, \"new_filter\", options?.NewFilter);"));
    }

    /// <summary>The interface methods' declarations, by name.</summary>
    private static Dictionary<string, string> Signatures(string code) =>
        Declaration().Matches(code).ToDictionary(m => m.Groups["name"].Value, m => m.Value.Trim());

    private static string OptionsClass(string code, string name)
    {
        var start = code.IndexOf("public partial class " + name + " : LogtoRequestOptions\n", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), name);
        return code[start..code.IndexOf("\n    }", start, StringComparison.Ordinal)];
    }

    private static JObject CutSpec()
    {
        var spec = (JObject)NormalizedSpec.Raw.DeepClone();
        var paths = (JObject)spec["paths"]!;
        foreach (var path in paths.Properties().Where(p => !KeptPaths.Contains(p.Name)).ToList())
        {
            path.Remove();
        }

        return spec;
    }

    private static async Task<string> GenerateAsync(JObject spec, string directory)
    {
        Directory.CreateDirectory(directory);
        var names = TypeNameRules.Load(Path.Combine(Fixtures.RepoRoot, "build", "type-names.json"), null);
        var normalized = SpecNormalizer.Normalize(spec, names).Document;
        var specPath = Path.Combine(directory, "spec.json");
        var codePath = Path.Combine(directory, "Generated.cs");
        var configPath = Path.Combine(directory, "nswag.json");
        await File.WriteAllTextAsync(specPath, normalized.ToString());
        var config = NSwagConfig.Derive(JObject.Parse(await File.ReadAllTextAsync(Path.Combine(Fixtures.RepoRoot, "nswag.json"))), normalized, specPath, codePath, Path.Combine(Fixtures.RepoRoot, "build", "templates"));
        await File.WriteAllTextAsync(configPath, config.ToString());

        using var nswag = Process.Start(new ProcessStartInfo("dotnet", [NSwagRunner(), "run", configPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = nswag.StandardOutput.ReadToEndAsync();
        var error = nswag.StandardError.ReadToEndAsync();
        await nswag.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.That(nswag.ExitCode, Is.Zero, await output + await error);
        return await File.ReadAllTextAsync(codePath);
    }

    /// <summary>NSwag's command-line runner from the NuGet cache, at the version the build uses.</summary>
    private static string NSwagRunner()
    {
        var version = XDocument.Load(Path.Combine(Fixtures.RepoRoot, "Directory.Packages.props")).Descendants("PackageVersion")
            .Single(p => (string?)p.Attribute("Include") == "NSwag.MSBuild").Attribute("Version")!.Value;
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return Path.Combine(packages, "nswag.msbuild", version, "tools", "Net100", "dotnet-nswag.dll");
    }

    [GeneratedRegex(@"^\s+(?!public )[^\n]*? (?<name>\w+Async)\([^\n]*CancellationToken cancellationToken = default\);$", RegexOptions.Multiline)]
    private static partial Regex Declaration();

    private sealed class TemporaryDirectory : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "logto-signature-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
        }
    }
}
