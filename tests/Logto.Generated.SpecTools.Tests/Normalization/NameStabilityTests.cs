using Logto.Generated.SpecTools.Normalization;
using Logto.Generated.SpecTools.Tests.TestSupport;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Tests.Normalization;

/// <summary>
/// Upstream adds operations and fields every few weeks; the names of existing types must not move when it does. The
/// older spec the user first saw (the seed fragment) and the current spec must name every place they share alike.
/// </summary>
public class NameStabilityTests
{
    private static readonly Lazy<(IReadOnlyDictionary<string, string> Old, IReadOnlyDictionary<string, string> Current)> Places = new(() =>
        (PlaceNames(SharedFiles.Normalize(SharedFiles.SeedFragmentSpec())), PlaceNames(SharedFiles.Normalize(SharedFiles.CurrentSpec))));

    [Test]
    public void The_seed_fragment_is_an_older_version_of_the_applications_operations()
    {
        var fragment = SharedFiles.SeedFragmentSpec();
        var operations = SpecNormalizer.EnumerateOperations(fragment).Select(o => (string)o.Operation["operationId"]!).ToList();

        Assert.That(operations, Is.EqualTo(new[] { "ListApplications", "CreateApplication", "GetApplication" }));
        Assert.That(fragment["paths"]!["/api/applications/{id}"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["required"]!.Values<string>(), Does.Contain("secret"));
    }

    [Test]
    public void Every_place_the_older_spec_shares_with_the_current_one_keeps_its_type_name()
    {
        var (old, current) = Places.Value;
        var shared = old.Keys.Intersect(current.Keys).Order(StringComparer.Ordinal).ToList();

        Assert.That(shared, Has.Count.GreaterThan(20), "the comparison must cover the fragment's types");
        Assert.Multiple(() =>
        {
            foreach (var place in shared)
            {
                Assert.That(current[place], Is.EqualTo(old[place]), place);
            }
        });
    }

    [TestCase("ListApplicationsResponseItem", "Application")]
    [TestCase("GetApplicationResponse", "ApplicationDetails")]
    [TestCase("CreateApplicationRequestOidcClientMetadata", "OidcClientMetadata")]
    [TestCase("ApplicationType", "ApplicationType")]
    public void The_older_spec_already_gets_the_natural_names(string place, string name)
    {
        Assert.That(Places.Value.Old[place], Is.EqualTo(name));
    }

    [Test]
    public void The_committed_lock_records_the_names_of_the_current_spec()
    {
        var result = SharedFiles.Normalize(SharedFiles.CurrentSpec);

        Assert.That(TypeNameRules.WriteLock(result.Groups), Is.EqualTo(File.ReadAllText(SharedFiles.LockPath)),
            "run: dotnet build -t:UpdateSpec (or the normalize command with --write-lock) after changing the spec or the pins");
    }

    [Test]
    public void The_lock_keeps_a_name_when_upstream_adds_a_shape_that_offers_a_shorter_one()
    {
        var fragment = SharedFiles.SeedFragmentSpec();
        var lockedBefore = TypeNameRules.WriteLock(SpecNormalizer.Normalize(fragment, SharedFiles.PinsOnly()).Groups);
        // Two operations share a new entity, Widget, that holds page rules: WidgetPageRulesItem is a shorter true name.
        const string Widget = """{"type": "object", "required": ["pageRules"], "properties": {"pageRules": {"type": "array", "items": {"type": "object", "required": ["path"], "properties": {"path": {"type": "string"}}}}}}""";
        AddOperation(fragment, "ListWidgets", Widget);
        AddOperation(fragment, "SearchWidgets", Widget);
        var locked = new TypeNameRules(SharedFiles.PinsOnly().Pins, Newtonsoft.Json.JsonConvert.DeserializeObject<Dictionary<string, string>>(lockedBefore)!);

        var withoutLock = PlaceNames(SpecNormalizer.Normalize(fragment, SharedFiles.PinsOnly()));
        var withLock = PlaceNames(SpecNormalizer.Normalize(fragment, locked));

        Assert.That(withoutLock["ProtectedAppMetadataPageRulesItem"], Is.EqualTo("WidgetPageRulesItem"), "the shortest name moves to the new place");
        Assert.That(withLock["ProtectedAppMetadataPageRulesItem"], Is.EqualTo("ProtectedAppMetadataPageRulesItem"));
        Assert.That(withLock["WidgetPageRulesItem"], Is.EqualTo("ProtectedAppMetadataPageRulesItem"), "the new place shares the existing type");
    }

    [Test]
    public void An_unrelated_operation_added_upstream_renames_nothing()
    {
        var spec = SharedFiles.SeedFragmentSpec();
        var before = PlaceNames(SharedFiles.Normalize(spec));
        AddOperation(spec, "ListWidgets", """{"type": "object", "properties": {"id": {"type": "string"}, "kind": {"type": "string", "enum": ["a", "b"]}}}""");

        var after = PlaceNames(SharedFiles.Normalize(spec));

        Assert.That(after.Where(p => before.ContainsKey(p.Key)), Is.EquivalentTo(before));
        Assert.That(after["ListWidgetsResponseItem"], Is.EqualTo("ListWidgetsResponseItem"));
        Assert.That(after["ListWidgetsResponseItemKind"], Is.EqualTo("ListWidgetsResponseItemKind"));
    }

    private static void AddOperation(JObject spec, string operationId, string itemSchema) =>
        spec["paths"]!["/api/" + operationId.ToLowerInvariant()] = JObject.Parse($$$"""
            {"get": {"operationId": "{{{operationId}}}", "tags": ["Extra"], "responses": {"200": {"description": "ok",
              "content": {"application/json": {"schema": {"type": "array", "items": {{{itemSchema}}} } } } } } } }
            """);

    /// <summary>Every place in the spec with the type name it got.</summary>
    private static IReadOnlyDictionary<string, string> PlaceNames(NormalizationResult result) =>
        result.Groups
            .SelectMany(g => TypeNameRules.Places(g).Select(place => (place, g.FinalName!)))
            .GroupBy(p => p.place, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Item2, StringComparer.Ordinal);
}
