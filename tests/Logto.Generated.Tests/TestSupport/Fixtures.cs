namespace Logto.Generated.Tests.TestSupport;

/// <summary>Locates the repository and the read-only shared folder beside it.</summary>
internal static class Fixtures
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string SharedDirectory => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string SpecPath => Path.Combine(RepoRoot, "openapi", "logto-openapi-original.yml");

    public static string RealLogto(string fileName) => File.ReadAllText(Path.Combine(SharedDirectory, "fixtures", "real-logto", fileName));

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
