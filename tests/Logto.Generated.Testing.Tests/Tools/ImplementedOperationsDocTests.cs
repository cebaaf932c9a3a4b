using System.Text.RegularExpressions;
using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.Testing.Tests.Tools;

/// <summary>docs/testing.md lists exactly the operations the fake implements, each a real operation of the spec.</summary>
public class ImplementedOperationsDocTests
{
    [Test]
    public void The_docs_table_is_the_list_of_implemented_operations()
    {
        var docs = File.ReadAllText(Path.Combine(Fixtures.RepoRoot, "docs", "testing.md"));
        var listed = Regex.Matches(docs, @"^\| `([A-Za-z]+)` \| `[A-Z]+ /api", RegexOptions.Multiline).Select(match => match.Groups[1].Value).ToList();

        Assert.That(listed, Is.EquivalentTo(FakeLogto.ImplementedOperations));
        Assert.That(FakeLogto.ImplementedOperations, Has.Count.GreaterThanOrEqualTo(70));
    }

    [Test]
    public void Every_implemented_operation_is_one_of_the_spec()
    {
        var spec = LogtoOperations.List.Select(operation => operation.OperationId).ToHashSet();

        Assert.That(spec, Has.Count.GreaterThan(300));
        Assert.That(FakeLogto.ImplementedOperations.Where(id => !spec.Contains(id)), Is.Empty);
    }
}
