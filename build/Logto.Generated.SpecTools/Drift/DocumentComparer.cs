using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Drift;

/// <summary>Compares the document-level texts that do not change the API: server URLs, info and tag descriptions.</summary>
internal static class DocumentComparer
{
    /// <param name="before">The base document.</param>
    /// <param name="after">The upstream document.</param>
    /// <param name="site">Collects the changes.</param>
    /// <param name="baseIsFragment">Compare only the tags the base declares.</param>
    public static void Compare(JObject before, JObject after, ChangeSite site, bool baseIsFragment)
    {
        var (wasServers, nowServers) = (Servers(before), Servers(after));
        if (wasServers != nowServers)
        {
            site.At("servers", Direction.Response).Add(ChangeKind.ServerChanged, from: wasServers, to: nowServers);
        }

        foreach (var field in new[] { "title", "description", "version" })
        {
            site.At($"info.{field}", Direction.Response).CompareText(before["info"]?[field]?.ToString(), after["info"]?[field]?.ToString());
        }

        var (wasTags, nowTags) = (Tags(before), Tags(after));
        foreach (var name in baseIsFragment ? wasTags.Keys : wasTags.Keys.Union(nowTags.Keys))
        {
            site.At($"tag '{name}'", Direction.Response).CompareText(wasTags.GetValueOrDefault(name), nowTags.GetValueOrDefault(name));
        }
    }

    private static string Servers(JObject document) =>
        string.Join(", ", (document["servers"] as JArray ?? []).Select(server => server["url"]?.ToString()));

    private static Dictionary<string, string?> Tags(JObject document) =>
        (document["tags"] as JArray ?? [])
            .Where(tag => tag["name"] is not null)
            .GroupBy(tag => tag["name"]!.ToString())
            .ToDictionary(group => group.Key, group => SchemaFacts.Description(group.First()));
}
