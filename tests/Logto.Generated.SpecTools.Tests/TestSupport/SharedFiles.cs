using Logto.Generated.SpecTools.Normalization;
using Logto.Generated.SpecTools.Yaml;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Tests.TestSupport;

/// <summary>The repository, the shared folder beside it, and the spec versions the tests compare.</summary>
internal static class SharedFiles
{
    public static string RepoRoot { get; } = FindRepoRoot();

    private static readonly Lazy<JObject> CurrentSpecValue = new(() => (JObject)YamlJson.ReadFile(Path.Combine(RepoRoot, "openapi", "logto-openapi-original.yml")));

    public static string Shared(params string[] parts) => Path.GetFullPath(Path.Combine([RepoRoot, "..", "shared", .. parts]));

    public static JObject CurrentSpec => (JObject)CurrentSpecValue.Value.DeepClone();

    public static JObject SeedFragmentSpec() =>
        (JObject)YamlJson.Parse(Logto.Generated.SpecTools.Drift.FragmentCutter.Cut(File.ReadAllText(Shared("seeds", "000_3c66dfa316f0cf68.txt")), "seed"));

    public static string LockPath => Path.Combine(RepoRoot, "build", "type-names.lock.json");

    /// <summary>The repository's pins and lock, as the build uses them.</summary>
    public static TypeNameRules Names() => TypeNameRules.Load(Path.Combine(RepoRoot, "build", "type-names.json"), LockPath);

    /// <summary>The repository's pins without the lock: names as the rules alone give them.</summary>
    public static TypeNameRules PinsOnly() => TypeNameRules.Load(Path.Combine(RepoRoot, "build", "type-names.json"), null);

    public static NormalizationResult Normalize(JObject spec) => SpecNormalizer.Normalize(spec, Names());

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
