using System.Text;

namespace Logto.Generated.SpecTools.Normalization;

/// <summary>Turns spec identifiers (property names, tags, enum values) into C# identifiers.</summary>
internal static class Naming
{
    /// <summary>Upper-camel-cases a name, keeping the inner casing of each word: <c>oidcClientMetadata</c> → <c>OidcClientMetadata</c>, <c>post_logout</c> → <c>PostLogout</c>.</summary>
    public static string ToPascal(string value)
    {
        var builder = new StringBuilder(value.Length);
        var upperNext = true;
        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        return builder.ToString();
    }

    /// <summary>Turns a tag such as <c>SSO connectors</c> or <c>Well-known</c> into <c>SsoConnectors</c> or <c>WellKnown</c>: every word is capitalized and acronyms are not kept in capitals.</summary>
    public static string ToTagIdentifier(string tag)
    {
        var words = System.Text.RegularExpressions.Regex.Split(tag, "[^A-Za-z0-9]+");
        return string.Concat(words.Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
    }

    /// <summary>Names the members of an enum, one per wire value. Values that differ only by case get distinct names: the all-lowercase value keeps the plain name, the others are suffixed by their casing.</summary>
    public static IReadOnlyList<string> EnumMemberNames(IReadOnlyList<string> values)
    {
        var bases = values.Select(EnumMemberBase).ToArray();
        var names = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var clashes = Enumerable.Range(0, values.Count).Where(j => j != i && bases[j] == bases[i]).ToArray();
            names[i] = clashes.Length == 0 || IsPlainOwner(values, i, clashes) ? bases[i] : bases[i] + CasingSuffix(values[i]);
        }

        return names;
    }

    private static bool IsPlainOwner(IReadOnlyList<string> values, int index, int[] clashes)
    {
        var lowerIndex = clashes.Append(index).Where(j => values[j] == values[j].ToLowerInvariant()).DefaultIfEmpty(-1).Min();
        return lowerIndex == index || (lowerIndex == -1 && clashes.All(j => j > index));
    }

    private static string CasingSuffix(string value)
    {
        if (value == value.ToUpperInvariant())
        {
            return "Uppercase";
        }

        var capitalized = char.ToUpperInvariant(value[0]) + value[1..].ToLowerInvariant();
        return value == capitalized ? "Capitalized" : "MixedCase";
    }

    private static string EnumMemberBase(string value)
    {
        var name = ToPascal(value);
        if (name.Length == 0)
        {
            return "Empty";
        }

        return char.IsAsciiDigit(name[0]) ? "Value" + name : name;
    }
}
