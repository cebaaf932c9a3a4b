using System.Text;
using Logto.Generated.SpecTools.Yaml;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Drift;

/// <summary>A parsed spec, where it came from, and its content as read (<paramref name="IsJson"/> tells JSON from YAML).</summary>
internal sealed record LoadedSpec(string Source, JObject Document, byte[] Content, bool IsJson);

/// <summary>Loads a spec from a file path or URL, in JSON or YAML, optionally as a truncated fragment.</summary>
internal static class SpecLoader
{
    /// <param name="source">A file path, or an http(s) URL such as https://tenant.logto.app/api/swagger.json.</param>
    /// <param name="fragment">The text is the start of a longer YAML spec: keep only its complete operations (<see cref="FragmentCutter"/>).</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <param name="timeout">How long to wait for a URL to answer (60 s when null).</param>
    public static async Task<LoadedSpec> LoadAsync(string source, bool fragment, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var display = SpecFetcher.TryGetUrl(source, out var url) ? SpecFetcher.Display(url) : source;
        var content = await SpecFetcher.ReadAsync(source, timeout ?? SpecFetcher.DefaultTimeout, cancellationToken);
        using var reader = new StreamReader(new MemoryStream(content), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (fragment)
        {
            text = FragmentCutter.Cut(text, display);
        }

        return new LoadedSpec(display, SpecParser.Parse(text, display), content, YamlJson.IsJson(text));
    }
}
