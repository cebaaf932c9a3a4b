using System.Globalization;
using System.Text.Json.Nodes;

namespace Logto.Generated.Testing;

/// <summary>
/// Logto's paging: <c>page</c> (from 1) and <c>page_size</c> (1 to 100, 20 by default), <c>Total-Number</c>, and one
/// <c>Link</c> header per relation whose URL lacks the <c>/api</c> prefix, as the real server writes it.
/// </summary>
internal static class Listing
{
    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;

    public static FakeAnswer Page(FakeCall call, IReadOnlyList<JsonNode> items)
    {
        var page = Number(call.QueryValue("page"), 1);
        var pageSize = Number(call.QueryValue("page_size"), DefaultPageSize);
        if (page < 1 || pageSize < 1 || pageSize > MaxPageSize)
        {
            throw LogtoErrors.InvalidPagination();
        }

        var slice = items.Skip((page - 1) * pageSize).Take(pageSize).Select(item => item.DeepClone()).ToArray();
        var answer = FakeAnswer.Ok(new JsonArray(slice)).WithHeader("Total-Number", items.Count.ToString(CultureInfo.InvariantCulture));
        var last = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        var path = call.Path.StartsWith("/api/", StringComparison.Ordinal) ? call.Path[4..] : call.Path;
        string Link(int number, string relation) => $"<{call.Origin}{path}?{FakeQuery.WithPage(call.Query, number)}>; rel=\"{relation}\"";
        answer.WithHeader("Link", Link(1, "first"));
        if (page > 1)
        {
            answer.WithHeader("Link", Link(page - 1, "prev"));
        }

        answer.WithHeader("Link", Link(last, "last"));
        if (page < last)
        {
            answer.WithHeader("Link", Link(page + 1, "next"));
        }

        return answer;
    }

    private static int Number(string? text, int fallback)
    {
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw LogtoErrors.InvalidPagination();
    }
}
