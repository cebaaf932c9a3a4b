using Logto.Generated.SpecTools.Normalization;
using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.Tests.Generated;

/// <summary>
/// The generated clients cover the vendored spec exactly, across the three facades: one method per operation on the
/// client of its first tag, a <c>...WithResponseAsync</c> twin for every operation that is not a list, none extra.
/// </summary>
public class CoverageTests
{
    private static readonly Type[] Facades = [typeof(ILogtoManagementClient), typeof(ILogtoAccountClient), typeof(ILogtoPublicClient)];

    private static List<(string Tag, string Id, bool IsList)> SpecOperations() =>
        SpecNormalizer.EnumerateOperations(NormalizedSpec.Raw)
            .Select(o => (Naming.ToTagIdentifier((string)o.Operation["tags"]![0]!), (string)o.Operation["operationId"]!,
                (o.Operation["parameters"] as Newtonsoft.Json.Linq.JArray)?.Any(p => (string?)p["name"] == "page") == true))
            .ToList();

    [Test]
    public void The_vendored_spec_has_359_operations_on_240_paths()
    {
        Assert.That(SpecNormalizer.EnumerateOperations(NormalizedSpec.Raw).Count(), Is.EqualTo(359));
        Assert.That(((Newtonsoft.Json.Linq.JObject)NormalizedSpec.Raw["paths"]!).Count, Is.EqualTo(240));
    }

    [Test]
    public void Every_operation_has_exactly_one_generated_method_on_a_facade_client_of_its_first_tag()
    {
        var operations = SpecOperations();

        var found = operations.Count(o => FacadeClient(o.Tag)?.GetMethods().Count(m => m.Name == o.Id + "Async") == 1);

        Assert.That(found, Is.EqualTo(359), "359 of 359 operations");
        Assert.That(operations.Where(o => FacadeClient(o.Tag) is null).Select(o => o.Tag).Distinct(), Is.Empty);
    }

    [Test]
    public void The_clients_have_no_method_beyond_the_spec_operations_and_their_response_twins()
    {
        var expected = SpecOperations()
            .SelectMany(o => o.IsList ? [o.Id + "Async"] : new[] { o.Id + "Async", o.Id + "WithResponseAsync" })
            .Order().ToList();

        var generated = LogtoClientCatalog.All.SelectMany(c => c.Interface.GetMethods()).Select(m => m.Name).Order().ToList();

        Assert.That(generated, Is.EqualTo(expected));
        Assert.That(generated, Has.Count.EqualTo((359 * 2) - 29));
    }

    [Test]
    public void Every_list_operation_returns_a_pageable_and_nothing_else_does()
    {
        var lists = SpecOperations().Where(o => o.IsList).Select(o => $"I{o.Tag}Client.{o.Id}Async").Order().ToList();

        var pageables = LogtoClientCatalog.All.SelectMany(c => c.Interface.GetMethods())
            .Where(m => m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(LogtoPageable<>))
            .Select(m => m.DeclaringType!.Name + "." + m.Name).Order().ToList();

        Assert.That(pageables, Is.EqualTo(lists));
        Assert.That(pageables, Has.Count.EqualTo(29));
        Assert.That(pageables, Does.Contain("IApplicationsClient.ListApplicationUserConsentOrganizationsAsync"));
    }

    [Test]
    public void No_ListAll_method_remains()
    {
        var names = typeof(LogtoManagementClient).Assembly.GetExportedTypes().SelectMany(t => t.GetMethods()).Select(m => m.Name);

        Assert.That(names.Where(n => n.StartsWith("ListAll", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void The_facades_split_the_tags_by_credential_and_together_hold_every_tag_once()
    {
        var tags = SpecOperations().Select(o => o.Tag).Distinct().Order().ToList();
        using var logto = new MockLogto();

        var held = Facades.SelectMany(f => f.GetProperties().Select(p => p.Name)).Order().ToList();

        Assert.That(held, Is.EqualTo(tags));
        Assert.That(tags, Has.Count.EqualTo(40));
        Assert.That(typeof(ILogtoAccountClient).GetProperties().Select(p => p.Name), Is.EquivalentTo(new[] { "MyAccount", "Verifications" }));
        Assert.That(
            typeof(ILogtoPublicClient).GetProperties().Select(p => p.Name),
            Is.EquivalentTo(new[] { "Authn", "Experience", "SamlApplicationsAuthFlow", "Status", "SwaggerJson", "WellKnown" }));
        Assert.That(typeof(ILogtoManagementClient).GetProperty("Users"), Is.Not.Null);
        Assert.That(tags.Select(logto.ClientOf), Has.All.Not.Null);
    }

    [Test]
    public void The_management_facade_holds_only_operations_the_spec_secures_with_the_machine_to_machine_scheme()
    {
        var management = typeof(ILogtoManagementClient).GetProperties().Select(p => p.Name).ToHashSet();

        var unsecured = SpecNormalizer.EnumerateOperations(NormalizedSpec.Raw)
            .Where(o => management.Contains(Naming.ToTagIdentifier((string)o.Operation["tags"]![0]!)) && o.Operation["security"] is Newtonsoft.Json.Linq.JArray { Count: 0 })
            .Select(o => (string)o.Operation["operationId"]!);

        Assert.That(unsecured, Is.Empty);
        Assert.That(management, Does.Not.Contain("MyAccount").And.Not.Contain("Verifications"));
    }

    private static Type? FacadeClient(string tag) =>
        Facades.Select(f => f.GetProperty(tag)?.PropertyType).SingleOrDefault(t => t is not null);
}
