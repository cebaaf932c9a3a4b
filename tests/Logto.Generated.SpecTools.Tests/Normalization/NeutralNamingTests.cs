using Logto.Generated.SpecTools.Normalization;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Tests.Normalization;

/// <summary>A name that belongs to an operation goes only to a type that operation alone uses; shared shapes get neutral names.</summary>
public class NeutralNamingTests
{
    private const string Secret = """{"type": "object", "properties": {"name": {"type": "string"}, "value": {"type": "string"}}}""";
    private const string RoleIds = """{"type": "object", "properties": {"roleIds": {"type": "array", "items": {"type": "string"}}}}""";

    [Test]
    public void A_result_shared_by_several_operations_is_named_after_its_entity_without_verb_or_suffix()
    {
        var names = Names(
            ("CreateApplicationSecret", "post", RoleIds, Secret),
            ("ListApplicationSecrets", "get", null, $$"""{"type": "array", "items": {{Secret}} }"""),
            ("UpdateApplicationSecret", "patch", null, Secret));

        Assert.That(names["CreateApplicationSecretResponse"], Is.EqualTo("ApplicationSecret"));
        Assert.That(names["ListApplicationSecretsResponseItem"], Is.EqualTo("ApplicationSecret"));
        Assert.That(names["UpdateApplicationSecretResponse"], Is.EqualTo("ApplicationSecret"));
    }

    [Test]
    public void Request_bodies_that_merely_look_alike_stay_one_type_per_operation()
    {
        var names = Names(("AssignUserRoles", "post", RoleIds, null), ("AssignApplicationRoles", "post", RoleIds, null));

        Assert.That(names["AssignUserRolesRequest"], Is.EqualTo("AssignUserRolesRequest"));
        Assert.That(names["AssignApplicationRolesRequest"], Is.EqualTo("AssignApplicationRolesRequest"));
    }

    [Test]
    public void A_body_that_is_also_a_result_gets_a_neutral_name_so_that_no_operation_returns_a_request()
    {
        var names = Names(("ReplaceUserRoles", "put", RoleIds, RoleIds), ("AssignUserRoles", "post", RoleIds, null));

        Assert.That(names["ReplaceUserRolesRequest"], Is.EqualTo("UserRoles"));
        Assert.That(names["ReplaceUserRolesResponse"], Is.EqualTo("UserRoles"));
        Assert.That(names["AssignUserRolesRequest"], Is.EqualTo("UserRoles"));
    }

    [Test]
    public void A_sub_object_under_an_operation_body_and_a_shared_entity_takes_the_entity_name()
    {
        const string Color = """{"type": "object", "properties": {"primaryColor": {"type": "string"}}}""";
        var organization = $$"""{"type": "object", "properties": {"id": {"type": "string"}, "color": {{Color}} } }""";
        var names = Names(
            ("GetOrganization", "get", null, organization),
            ("ListOrganizations", "get", null, $$"""{"type": "array", "items": {{organization}} }"""),
            ("CreateOrganization", "post", $$"""{"type": "object", "properties": {"name": {"type": "string"}, "color": {{Color}} } }""", null));

        Assert.That(names["GetOrganizationResponse"], Is.EqualTo("Organization"));
        Assert.That(names["CreateOrganizationRequestColor"], Is.EqualTo("OrganizationColor"));
        Assert.That(names["CreateOrganizationRequest"], Is.EqualTo("CreateOrganizationRequest"));
    }

    private static IReadOnlyDictionary<string, string> Names(params (string Id, string Method, string? Body, string? Result)[] operations)
    {
        var paths = new JObject();
        foreach (var (id, method, body, result) in operations)
        {
            var operation = new JObject { ["operationId"] = id, ["tags"] = new JArray("Things") };
            if (body is not null)
            {
                operation["requestBody"] = JObject.Parse($$"""{"content": {"application/json": {"schema": {{body}} } } }""");
            }

            operation["responses"] = result is null
                ? JObject.Parse("""{"204": {"description": "done"}}""")
                : JObject.Parse($$"""{"200": {"description": "ok", "content": {"application/json": {"schema": {{result}} } } } }""");
            paths["/api/" + id.ToLowerInvariant()] = new JObject { [method] = operation };
        }

        var normalized = SpecNormalizer.Normalize(new JObject { ["openapi"] = "3.0.1", ["paths"] = paths }, new Dictionary<string, string>());
        return normalized.Groups
            .SelectMany(g => TypeNameRules.Places(g).Select(place => (place, g.FinalName!)))
            .GroupBy(p => p.place, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Item2, StringComparer.Ordinal);
    }
}
