using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.Tests.Generated;

/// <summary>
/// A path parameter is named after its entity, the same in every operation: the spec's <c>/applications/{id}</c> and
/// <c>/applications/{applicationId}/roles</c> both take <c>applicationId</c> in C#. The wire is unchanged.
/// </summary>
public class PathParameterNameTests
{
    [Test]
    public void No_operation_takes_a_parameter_named_id()
    {
        var named = typeof(LogtoManagementClient).Assembly.GetExportedTypes()
            .Where(t => t.IsInterface && t.Name.EndsWith("Client", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods().Where(m => m.GetParameters().Any(p => p.Name == "id")).Select(m => $"{t.Name}.{m.Name}"))
            .ToList();

        Assert.That(named, Is.Empty);
    }

    [Test]
    public void The_id_after_an_entity_segment_has_one_name_in_every_operation()
    {
        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var operation in NormalizedSpec.Operations)
        {
            var segments = operation.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 1; i < segments.Length; i++)
            {
                if (!segments[i].StartsWith('{') || segments[i - 1].StartsWith('{'))
                {
                    continue;
                }

                var wire = segments[i].Trim('{', '}');
                var parameter = operation.Parameters.Single(p => (string?)p["in"] == "path" && (string?)p["name"] == wire);
                var entity = segments[i - 1];
                var entityId = Derived(entity);
                if (wire != "id" && wire != entityId)
                {
                    // Another entity's id below this segment (an organization role under /organizations/{id}/roles).
                    continue;
                }

                if (!names.TryGetValue(entity, out var seen))
                {
                    names[entity] = seen = [];
                }

                seen.Add((string)parameter["x-logto-name"]!);
            }
        }

        Assert.That(names.Where(n => n.Value.Count != 1 || n.Value.Single() != Derived(n.Key)).Select(n => $"{n.Key}: {string.Join(", ", n.Value)}"), Is.Empty);
        Assert.That(names["applications"], Is.EquivalentTo(new[] { "applicationId" }));
        Assert.That(names["saml-applications"], Is.EquivalentTo(new[] { "samlApplicationId" }));
        Assert.That(names["organization-roles"], Is.EquivalentTo(new[] { "organizationRoleId" }));
        Assert.That(names["connector-factories"], Is.EquivalentTo(new[] { "connectorFactoryId" }));
    }

    /// <summary>The segment's entity, singular, followed by <c>Id</c>: <c>organization-roles</c> is <c>organizationRoleId</c>.</summary>
    private static string Derived(string segment)
    {
        var singular = segment.EndsWith("ies", StringComparison.Ordinal) ? segment[..^3] + "y" : segment.TrimEnd('s');
        var words = singular.Split('-');
        return words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..])) + "Id";
    }

    [Test]
    public void A_renamed_path_parameter_keeps_its_wire_name()
    {
        Assert.That(typeof(IApplicationsClient).GetMethod(nameof(IApplicationsClient.GetApplicationAsync))!.GetParameters()[0].Name, Is.EqualTo("applicationId"));
        Assert.That(typeof(IApplicationsClient).GetMethod(nameof(IApplicationsClient.ListApplicationRolesAsync))!.GetParameters()[0].Name, Is.EqualTo("applicationId"));
    }
}
