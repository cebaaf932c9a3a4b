using System.CodeDom.Compiler;
using Logto.Generated.Tests.TestSupport;
using PublicApiGenerator;

namespace Logto.Generated.Tests.PublicApi;

/// <summary>
/// The hand-written public surface (every exported type without <see cref="GeneratedCodeAttribute"/>) is tracked in an
/// approved snapshot, so that an accidental break shows up in review. The generated surface follows the spec instead.
/// </summary>
public class PublicApiTests
{
    private static string ApprovedPath => Path.Combine(Fixtures.RepoRoot, "tests", "Logto.Generated.Tests", "PublicApi", "Logto.Generated.approved.txt");

    [Test]
    public void The_hand_written_public_api_matches_the_approved_snapshot()
    {
        var assembly = typeof(LogtoManagementClient).Assembly;
        var handWritten = assembly.GetExportedTypes().Where(t => !t.IsDefined(typeof(GeneratedCodeAttribute), false)).ToArray();
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeTypes = handWritten, IncludeAssemblyAttributes = false })
            .ReplaceLineEndings("\n");

        var approved = File.Exists(ApprovedPath) ? File.ReadAllText(ApprovedPath).ReplaceLineEndings("\n") : string.Empty;
        if (api != approved)
        {
            File.WriteAllText(ApprovedPath.Replace(".approved.txt", ".received.txt", StringComparison.Ordinal), api);
        }

        Assert.That(api, Is.EqualTo(approved),
            "The public API changed. If that is intended, replace Logto.Generated.approved.txt with Logto.Generated.received.txt beside it.");
    }
}
