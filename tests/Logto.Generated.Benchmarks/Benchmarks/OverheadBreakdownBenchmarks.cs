using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Logto.Generated.Benchmarks.Handlers;

namespace Logto.Generated.Benchmarks.Benchmarks;

/// <summary>
/// Where the generated client's per-call overhead goes: each step the generated code does and the hand-written
/// baseline does not, measured alone. "Request" builds a GetUser request as the baseline does (static method, string
/// URL) and as the generated code does (new HttpMethod, parsed Accept header, StringBuilder URL). "Response" copies the
/// response and content headers of a GetUser response (as the in-memory server sends it) into a dictionary, as the generated code does for every call.
/// "Serializer" creates the Newtonsoft serializer per call, as the generated code does, against reusing one.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class OverheadBreakdownBenchmarks
{
    private const string UserId = "k6qydeg7t6ep";
    private static readonly Newtonsoft.Json.JsonSerializerSettings Settings = LogtoJson.CreateSettings();
    private static readonly Newtonsoft.Json.JsonSerializer Serializer = Newtonsoft.Json.JsonSerializer.Create(Settings);
    private static readonly byte[] Body = new byte[508];

    [Benchmark(Baseline = true, Description = "Baseline: new HttpRequestMessage(HttpMethod.Get, string)"), BenchmarkCategory("Request")]
    public HttpRequestMessage Request_Baseline() => new(HttpMethod.Get, "api/users/" + Uri.EscapeDataString(UserId));

    [Benchmark(Description = "Generated: new HttpMethod, Accept.Add(Parse), StringBuilder URL"), BenchmarkCategory("Request")]
    public HttpRequestMessage Request_Generated()
    {
        var request = new HttpRequestMessage { Method = new HttpMethod("GET") };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/json"));
        var url = new StringBuilder();
        url.Append("api/users/");
        url.Append(LogtoUrl.PathSegment(UserId, "userId"));
        request.RequestUri = new Uri(url.ToString(), UriKind.RelativeOrAbsolute);
        return request;
    }

    [Benchmark(Description = "Generated without the Accept header"), BenchmarkCategory("Request")]
    public HttpRequestMessage Request_GeneratedWithoutAccept()
    {
        var request = new HttpRequestMessage { Method = new HttpMethod("GET") };
        var url = new StringBuilder();
        url.Append("api/users/");
        url.Append(LogtoUrl.PathSegment(UserId, "userId"));
        request.RequestUri = new Uri(url.ToString(), UriKind.RelativeOrAbsolute);
        return request;
    }

    [Benchmark(Baseline = true, Description = "Baseline: the response only"), BenchmarkCategory("Response headers")]
    public HttpResponseMessage Response_Baseline() => Response();

    [Benchmark(Description = "Generated: copy all headers into a dictionary"), BenchmarkCategory("Response headers")]
    public object Response_HeaderCopy()
    {
        var response = Response();
        var headers = new Dictionary<string, IEnumerable<string>>();
        foreach (var item in response.Headers)
        {
            headers[item.Key] = item.Value;
        }

        foreach (var item in response.Content.Headers)
        {
            headers[item.Key] = item.Value;
        }

        return headers;
    }

    [Benchmark(Baseline = true, Description = "Baseline: reuse one JsonSerializer"), BenchmarkCategory("Serializer")]
    public Newtonsoft.Json.JsonSerializer Serializer_Reused() => Serializer;

    [Benchmark(Description = "Generated: JsonSerializer.Create(settings) per call"), BenchmarkCategory("Serializer")]
    public Newtonsoft.Json.JsonSerializer Serializer_PerCall() => Newtonsoft.Json.JsonSerializer.Create(Settings);

    private static HttpResponseMessage Response() => InMemoryLogtoHandler.Ok(Body);
}
