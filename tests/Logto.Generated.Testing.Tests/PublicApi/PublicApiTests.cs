using Logto.Generated.Tests.TestSupport;
using PublicApiGenerator;

namespace Logto.Generated.Testing.Tests.PublicApi;

/// <summary>The public surface of Logto.Generated.Testing, tracked in an approved snapshot.</summary>
public class PublicApiTests
{
    private static string ApprovedPath => Path.Combine(Fixtures.RepoRoot, "tests", "Logto.Generated.Testing.Tests", "PublicApi", "Logto.Generated.Testing.approved.txt");

    [Test]
    public void The_public_api_matches_the_approved_snapshot()
    {
        var api = typeof(FakeLogto).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });

        ApprovedSnapshot.AssertMatches(api, ApprovedPath);
    }
}
