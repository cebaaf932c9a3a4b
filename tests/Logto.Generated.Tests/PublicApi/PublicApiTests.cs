using System.CodeDom.Compiler;
using Logto.Generated.Tests.TestSupport;
using PublicApiGenerator;

namespace Logto.Generated.Tests.PublicApi;

/// <summary>
/// The public surface is tracked in approved snapshots, so that a break shows up in review: the hand-written types
/// (every exported type without <see cref="GeneratedCodeAttribute"/>), and the generated ones in two files, the models
/// and the clients. A spec update or a change to the generation then shows every renamed or retyped member in the diff.
/// </summary>
public class PublicApiTests
{
    private static string ApprovedPath => Path.Combine(Fixtures.RepoRoot, "tests", "Logto.Generated.Tests", "PublicApi", "Logto.Generated.approved.txt");

    private static readonly Type[] Generated = typeof(LogtoManagementClient).Assembly.GetExportedTypes().Where(t => t.IsDefined(typeof(GeneratedCodeAttribute), false)).ToArray();

    [Test]
    public void The_hand_written_public_api_matches_the_approved_snapshot()
    {
        var assembly = typeof(LogtoManagementClient).Assembly;
        var handWritten = assembly.GetExportedTypes().Where(t => !t.IsDefined(typeof(GeneratedCodeAttribute), false)).ToArray();
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeTypes = handWritten, IncludeAssemblyAttributes = false });

        ApprovedSnapshot.AssertMatches(api, ApprovedPath);
    }

    [Test]
    public void The_generated_models_match_the_approved_snapshot() =>
        AssertGenerated(Generated.Where(t => !IsClient(t)).ToArray(), "Logto.Generated.Models.approved.txt");

    [Test]
    public void The_generated_clients_match_the_approved_snapshot() =>
        AssertGenerated(Generated.Where(IsClient).ToArray(), "Logto.Generated.Clients.approved.txt");

    private static bool IsClient(Type type) => type.Name.EndsWith("Client", StringComparison.Ordinal);

    private static void AssertGenerated(Type[] types, string approved)
    {
        Assert.That(types, Is.Not.Empty);
        var api = typeof(LogtoManagementClient).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeTypes = types,
            IncludeAssemblyAttributes = false,
            ExcludeAttributes = ["System.CodeDom.Compiler.GeneratedCodeAttribute"],
        });

        ApprovedSnapshot.AssertMatches(api, Path.Combine(Fixtures.RepoRoot, "tests", "Logto.Generated.Tests", "PublicApi", approved));
    }
}
