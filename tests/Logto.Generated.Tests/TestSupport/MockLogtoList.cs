using System.Net;
using System.Text;
using System.Web;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>
/// A list on the <see cref="MockLogto"/> wire harness: <c>{"id":"item001"}</c> objects behind a MockHttp route, paged
/// the way Logto pages them (<c>page</c>, <c>page_size</c>, <c>Total-Number</c>, <c>Total-Number-Is-Capped</c>), with the
/// raw query of each request recorded. It can also send headers no real Logto sends (a wrong or missing total), which
/// is why it is not the fake.
/// </summary>
internal sealed class MockLogtoList
{
    private readonly int _count;
    private readonly long? _totalHeader;
    private readonly bool _capped;

    private MockLogtoList(int count, long? totalHeader, bool capped)
    {
        _count = count;
        _totalHeader = totalHeader;
        _capped = capped;
    }

    /// <summary>The raw query string of each request, without the leading <c>?</c>, in order.</summary>
    public List<string> Queries { get; } = [];

    /// <summary>Serves <paramref name="count"/> items at <paramref name="path"/>.</summary>
    /// <param name="logto">The mock.</param>
    /// <param name="path">The path, such as <c>api/users</c>.</param>
    /// <param name="count">How many items the list has.</param>
    /// <param name="reportedTotal">The Total-Number header; the count when null.</param>
    /// <param name="omitTotal">Whether to leave out the Total-Number header.</param>
    /// <param name="capped">Whether to send <c>Total-Number-Is-Capped: true</c>.</param>
    public static MockLogtoList Serve(MockLogto logto, string path, int count, long? reportedTotal = null, bool omitTotal = false, bool capped = false)
    {
        var list = new MockLogtoList(count, omitTotal ? null : reportedTotal ?? count, capped);
        logto.Handler.When(HttpMethod.Get, MockLogto.Endpoint + path).Respond(list.Respond);
        return list;
    }

    public static string ItemId(int index) => $"item{index:D3}";

    public static IEnumerable<string> ItemIds(int count) => Enumerable.Range(1, count).Select(ItemId);

    private HttpResponseMessage Respond(HttpRequestMessage request)
    {
        var query = request.RequestUri!.Query.TrimStart('?');
        Queries.Add(query);
        var parsed = HttpUtility.ParseQueryString(query);
        var page = int.Parse(parsed["page"] ?? "1", System.Globalization.CultureInfo.InvariantCulture);
        var size = int.Parse(parsed["page_size"] ?? "20", System.Globalization.CultureInfo.InvariantCulture);
        var first = ((page - 1) * size) + 1;
        var ids = Enumerable.Range(first, Math.Max(0, Math.Min(size, _count - first + 1))).Select(ItemId);
        var body = "[" + string.Join(",", ids.Select(id => $"{{\"id\":\"{id}\"}}")) + "]";
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (_totalHeader is { } total)
        {
            response.Headers.Add("Total-Number", total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (_capped)
        {
            response.Headers.Add("Total-Number-Is-Capped", "true");
        }

        return response;
    }
}
