using Logto.Generated.SpecTools.Normalization;
using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.Tests.Generated;

/// <summary>The generated clients cover the vendored spec exactly: one method per operation, none extra.</summary>
public class CoverageTests
{
    [Test]
    public void The_vendored_spec_has_359_operations_on_240_paths()
    {
        Assert.That(SpecNormalizer.EnumerateOperations(NormalizedSpec.Raw).Count(), Is.EqualTo(359));
        Assert.That(((Newtonsoft.Json.Linq.JObject)NormalizedSpec.Raw["paths"]!).Count, Is.EqualTo(240));
    }

    [Test]
    public void Every_operation_has_exactly_one_generated_method_on_the_client_of_its_first_tag()
    {
        var operations = SpecNormalizer.EnumerateOperations(NormalizedSpec.Raw)
            .Select(o => (Tag: Naming.ToTagIdentifier((string)o.Operation["tags"]![0]!), Id: (string)o.Operation["operationId"]!))
            .ToList();

        var missing = operations.Where(o => MethodsOf($"I{o.Tag}Client").Count(m => m.Name == o.Id + "Async") != 1).ToList();

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void The_clients_have_no_method_beyond_the_spec_operations()
    {
        var expected = SpecNormalizer.EnumerateOperations(NormalizedSpec.Raw).Select(o => (string)o.Operation["operationId"]! + "Async").Order().ToList();

        var generated = LogtoClientCatalog.Clients.SelectMany(c => c.Interface.GetMethods())
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType)).Select(m => m.Name).Order().ToList();

        Assert.That(generated, Is.EqualTo(expected));
    }

    [Test]
    public void Every_paged_list_operation_has_a_ListAll_walker_and_nothing_else_does()
    {
        var paged = LogtoClientCatalog.Clients.SelectMany(c => c.Interface.GetMethods())
            .Where(m => m.ReturnType.IsGenericType && m.ReturnType.GetGenericArguments()[0] is { IsGenericType: true } wrapped
                && wrapped.GetGenericTypeDefinition() == typeof(LogtoResponse<>) && wrapped.GetGenericArguments()[0].Name.StartsWith("ICollection", StringComparison.Ordinal))
            .Select(m => m.DeclaringType!.Name + "." + m.Name.Replace("List", "ListAll", StringComparison.Ordinal))
            .Order().ToList();
        var walkers = LogtoClientCatalog.Clients.SelectMany(c => c.Interface.GetMethods())
            .Where(m => m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
            .Select(m => m.DeclaringType!.Name + "." + m.Name).Order().ToList();

        Assert.That(walkers, Is.EqualTo(paged));
        Assert.That(walkers, Has.Count.EqualTo(28));
    }

    [Test]
    public void The_facade_exposes_one_client_per_tag()
    {
        var tags = SpecNormalizer.EnumerateOperations(NormalizedSpec.Raw).Select(o => Naming.ToTagIdentifier((string)o.Operation["tags"]![0]!)).Distinct().Order().ToList();
        using var logto = new MockLogto();

        var properties = typeof(ILogtoManagementClient).GetProperties().Select(p => p.Name).Order().ToList();

        Assert.That(properties, Is.EqualTo(tags));
        Assert.That(tags, Has.Count.EqualTo(40));
        Assert.That(typeof(ILogtoManagementClient).GetProperties().Select(p => p.GetValue(logto.Client)), Has.All.Not.Null);
    }

    private static IEnumerable<System.Reflection.MethodInfo> MethodsOf(string interfaceName) =>
        typeof(LogtoManagementClient).Assembly.GetType("Logto.Generated." + interfaceName)?.GetMethods() ?? [];
}
