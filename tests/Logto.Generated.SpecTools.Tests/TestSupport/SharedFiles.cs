using Logto.Generated.SpecTools.Drift;
using Logto.Generated.SpecTools.Normalization;
using Logto.Generated.SpecTools.Yaml;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Tests.TestSupport;

/// <summary>The spec versions the normalization tests compare, and the repository's type-name rules (paths: <see cref="Paths"/>).</summary>
internal static class SharedFiles
{
    private static readonly Lazy<JObject> CurrentSpecValue = new(() => (JObject)YamlJson.ReadFile(Paths.VendoredSpec));

    public static JObject CurrentSpec => (JObject)CurrentSpecValue.Value.DeepClone();

    public static JObject SeedFragmentSpec() =>
        (JObject)YamlJson.Parse(FragmentCutter.Cut(File.ReadAllText(Paths.SeedFragment), "seed"));

    public static string LockPath => Path.Combine(Paths.RepoRoot, "build", "type-names.lock.json");

    private static string PinsPath => Path.Combine(Paths.RepoRoot, "build", "type-names.json");

    /// <summary>The repository's pins and lock, as the build uses them.</summary>
    public static TypeNameRules Names() => TypeNameRules.Load(PinsPath, LockPath);

    /// <summary>The repository's pins without the lock: names as the rules alone give them.</summary>
    public static TypeNameRules PinsOnly() => TypeNameRules.Load(PinsPath, null);

    public static NormalizationResult Normalize(JObject spec) => SpecNormalizer.Normalize(spec, Names());
}
