using Logto.Generated.AspNetCore;
using Logto.Generated.Tests.TestSupport;
using PublicApiGenerator;

namespace Logto.Generated.AspNetCore.Tests.PublicApi;

/// <summary>The public surface of Logto.Generated.AspNetCore, tracked in an approved snapshot.</summary>
public class PublicApiTests
{
    private static string ApprovedPath => Path.Combine(Fixtures.RepoRoot, "tests", "Logto.Generated.AspNetCore.Tests", "PublicApi", "Logto.Generated.AspNetCore.approved.txt");

    [Test]
    public void The_public_api_matches_the_approved_snapshot()
    {
        var api = typeof(LogtoAccessTokenOptions).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });

        ApprovedSnapshot.AssertMatches(api, ApprovedPath);
    }
}
