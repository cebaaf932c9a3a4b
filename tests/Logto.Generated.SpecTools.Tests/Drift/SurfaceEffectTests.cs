using Logto.Generated.SpecTools.Drift;
using Logto.Generated.SpecTools.Tests.TestSupport;

namespace Logto.Generated.SpecTools.Tests.Drift;

/// <summary>The drift report says what each change does to the generated C# surface, not only to the wire.</summary>
public class SurfaceEffectTests
{
    private const string Query = "{name: q, in: query, schema: {type: string}}";
    private const string RequiredQuery = "{name: q, in: query, required: true, schema: {type: string}}";

    [TestCase("[]", $"[{Query}]", "new options property: no signature changes")]
    [TestCase("[]", $"[{RequiredQuery}]", "new positional parameter: callers break")]
    [TestCase("[]", "[{name: x, in: header, schema: {type: string}}]", "new positional parameter: callers break")]
    [TestCase($"[{Query}]", "[]", "options property or parameter removed: callers that set it break")]
    [TestCase($"[{Query}]", $"[{RequiredQuery}]", "options property becomes a positional parameter: callers break")]
    [TestCase("[{name: q, in: query, schema: {type: string, enum: [a]}}]", "[{name: q, in: query, schema: {type: string, enum: [a, b]}}]", "new known value of an open enum: nothing breaks")]
    public void Parameter_changes_are_classified_by_their_effect_on_the_csharp_surface(string before, string after, string effect)
    {
        var changes = SpecComparer.Compare(Specs.Get(before), Specs.Get(after));

        Assert.That(changes.Select(SurfaceEffect.Of), Is.EqualTo(new[] { effect }));
    }
}
