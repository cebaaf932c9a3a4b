using System.Reflection;
using System.Text.RegularExpressions;

namespace Logto.Generated.Docs.Tests;

/// <summary>
/// The types and members that a page names in backticks in its prose (outside code blocks), checked against the built
/// assemblies: a name that looks like one of ours (<c>Logto…</c>, <c>I…Client</c>, <c>…Options</c>, <c>…Request</c>,
/// <c>…Async</c>), alone or as <c>Type.Member</c>, must exist. Placeholders (<c>XOptions</c>, <c>...</c>) are skipped.
/// </summary>
internal static partial class ProseNames
{
    private static readonly Type[] Types = new[] { typeof(LogtoManagementClient).Assembly, typeof(Logto.Generated.AspNetCore.LogtoAccessTokenOptions).Assembly, typeof(Logto.Generated.Testing.FakeLogto).Assembly }
        .SelectMany(a => a.GetExportedTypes())
        .ToArray();

    private static readonly ILookup<string, Type> ByName = Types.ToLookup(t => t.Name.Split('`')[0], StringComparer.Ordinal);

    private static readonly HashSet<string> Members = Types.SelectMany(t => t.GetMembers()).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>Names in backticks that are neither types nor members: namespaces and packages, and these.</summary>
    private static readonly HashSet<string> NotDotNetNames = new(
        Types.Select(t => t.Namespace!).Concat(
        [
            "LogtoGenerate", // the MSBuild target that runs NSwag
            "LogtoAccessToken", // the name of the ASP.NET Core authentication scheme, a string
            "ConfigureHttpJsonOptions", // ASP.NET Core's own registration of the minimal APIs' JSON options
        ]),
        StringComparer.Ordinal);

    public static IEnumerable<string> Missing(string markdown)
    {
        var prose = Fence().Replace(markdown, string.Empty);
        foreach (Match match in Tick().Matches(prose))
        {
            var name = Simplify(match.Groups[1].Value);
            if (name is not null && !Exists(name))
            {
                yield return name;
            }
        }
    }

    /// <summary>The name without generic arguments or a call's arguments, or null when it is not one to check.</summary>
    private static string? Simplify(string text)
    {
        var name = Generic().Replace(Arguments().Replace(text.Trim(), string.Empty), string.Empty);
        if (!Identifier().IsMatch(name) || Placeholder().IsMatch(name))
        {
            return null;
        }

        var first = name.Split('.')[0];
        var ours = first.StartsWith("Logto", StringComparison.Ordinal) || first.StartsWith("ILogto", StringComparison.Ordinal)
            || Ours().IsMatch(first);
        return ours ? name : null;
    }

    private static bool Exists(string name)
    {
        if (NotDotNetNames.Contains(name))
        {
            return true;
        }

        var parts = name.Split('.');
        if (parts.Length == 1 && !ByName[parts[0]].Any())
        {
            return Members.Contains(parts[0]);
        }

        var types = ByName[parts[0]].ToList();
        return types.Count > 0 && (parts.Length == 1 || types.Any(t => HasMember(t, parts[1])));
    }

    private static bool HasMember(Type type, string member) =>
        type.GetMember(member, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy).Length > 0
        || type.GetInterfaces().Any(i => i.GetMember(member).Length > 0)
        || type.GetNestedTypes().Any(n => n.Name == member);

    [GeneratedRegex("```.*?```", RegexOptions.Singleline)]
    private static partial Regex Fence();

    [GeneratedRegex("`([^`\\n]+)`")]
    private static partial Regex Tick();

    [GeneratedRegex("\\(.*\\)$")]
    private static partial Regex Arguments();

    [GeneratedRegex("<[^<>]*>")]
    private static partial Regex Generic();

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*(\\.[A-Z][A-Za-z0-9]*)?$")]
    private static partial Regex Identifier();

    [GeneratedRegex("^(X|I?XClient|T)([A-Z]|$)")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^(I[A-Z][A-Za-z]*Client|[A-Z][A-Za-z]*(Options|Request|Async))$")]
    private static partial Regex Ours();
}
