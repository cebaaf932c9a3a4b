namespace Logto.Generated.SpecTools.Tests.TestSupport;

/// <summary>Locates the repository and the read-only shared folder beside it.</summary>
internal static class Paths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Shared(params string[] parts) => Path.GetFullPath(Path.Combine([RepoRoot, "..", "shared", .. parts]));

    public static string VendoredSpec => Path.Combine(RepoRoot, "openapi", "logto-openapi-original.yml");

    public static string SeedFragment => Shared("seeds", "000_3c66dfa316f0cf68.txt");

    public static string OssSwagger => Shared("spec", "logto-oss-swagger.json");

    private static string FindRepoRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Logto.Generated.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Logto.Generated.sln not found above the test directory.");
    }
}
