using System.Globalization;

namespace Logto.Generated.Benchmarks.Peers;

/// <summary>A page as the hand-written peers return it: the items and the <c>Total-Number</c> header.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items.</param>
/// <param name="TotalCount">The total, or null when the header is missing.</param>
public sealed record RawPage<T>(List<T> Items, long? TotalCount)
{
    /// <summary>Reads <c>Total-Number</c> as a hand-written client would.</summary>
    public static long? TotalOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Total-Number", out var values)
        && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var total)
            ? total
            : null;
}
