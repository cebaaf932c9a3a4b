using System.Text;

namespace Logto.Generated.SpecTools.Normalization;

/// <summary>A readable list of the generated type names and the places that suggested them.</summary>
internal static class NameReport
{
    public static string Write(IEnumerable<SchemaGroup> groups)
    {
        var builder = new StringBuilder();
        foreach (var group in groups.OrderBy(g => g.FinalName, StringComparer.Ordinal))
        {
            var places = TypeNameRules.Places(group).Order(StringComparer.Ordinal);
            builder.Append(group.FinalName).Append(" <- ").AppendJoin(", ", places).Append('\n');
        }

        return builder.ToString();
    }
}
