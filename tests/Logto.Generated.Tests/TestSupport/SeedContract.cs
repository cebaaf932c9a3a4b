using Newtonsoft.Json.Linq;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>The user's contract of the third-party <c>GET /applications</c> endpoint (<c>shared/seeds/003_*.txt</c>).</summary>
internal static class SeedContract
{
    public static string Text => File.ReadAllText(Directory.GetFiles(Path.Combine(Fixtures.SharedDirectory, "seeds"), "003_*.txt").Single());

    /// <summary>The response example the seed gives for an HTTP status (200, 401 or 500).</summary>
    public static JObject Example(int status)
    {
        var text = Text;
        var heading = $"Response examples ({status})";
        var start = text.IndexOf(heading, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"The seed has no '{heading}'.");
        start += heading.Length;
        var end = text.IndexOf("Response examples (", start, StringComparison.Ordinal);
        return JObject.Parse(end < 0 ? text[start..] : text[start..end]);
    }

    /// <summary>The one application of the seed's 200 example.</summary>
    public static JObject ExampleApplication => (JObject)Example(200)["data"]![0]!;
}
