using System.Net;
using Logto.Generated.Tests.TestSupport;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Generated;

/// <summary>
/// Calls every operation of the spec through its generated method, on the facade of its credential, against a stub that
/// answers with a sample filling every property of the response schema. Each call must send the spec's method and path,
/// a request body equal to the sample model it was given, name its operation, and read the response back into models
/// that serialize to the same JSON. Every operation also gives its raw response: through <c>...WithResponseAsync</c>,
/// or, for a list, through its page.
/// </summary>
public class EveryOperationTests
{
    private static IEnumerable<TestCaseData> Operations() =>
        NormalizedSpec.Operations.Select(o => new TestCaseData(o).SetName($"{o.Tag}.{o.OperationId}"));

    [TestCaseSource(nameof(Operations))]
    public async Task Sends_the_spec_method_path_and_body_and_reads_the_response_back(SpecOperation operation)
    {
        var call = OperationCall.Bind(operation);
        var (status, responseSchema) = operation.SuccessResponse;
        var responseBody = responseSchema is null ? null : SampleJson.For(responseSchema);
        using var logto = new MockLogto();
        var sent = new List<(HttpRequestMessage Request, string? Body)>();
        logto.Handler.Fallback.Respond(async request =>
        {
            sent.Add((request, request.Content is null ? null : await request.Content.ReadAsStringAsync()));
            return Reply(status, responseBody);
        });

        if (status is >= 300 and < 400)
        {
            // Browser redirect endpoints (the SAML assertion consumers): the redirect is not a result, it is surfaced.
            var redirect = Assert.ThrowsAsync<LogtoApiException>(() => InvokeAsync(call, call.Method, logto));
            Assert.That(redirect!.StatusCode, Is.EqualTo(status));
            AssertSent(sent.Single().Request, call);
            return;
        }

        var results = new List<(object? Value, LogtoResponse Response)>();
        if (call.IsList)
        {
            var page = (await InvokeAsync(call, call.Method, logto))!;
            results.Add((page.GetType().GetProperty("Items")!.GetValue(page), (LogtoResponse)page.GetType().GetProperty("Response")!.GetValue(page)!));
        }
        else
        {
            var value = await InvokeAsync(call, call.Method, logto);
            // Fresh arguments: a file part's stream is consumed by the first call.
            var again = OperationCall.Bind(operation);
            var response = (LogtoResponse)(await InvokeAsync(again, again.WithResponse!, logto))!;
            results.Add((value, response));
            results.Add((response.GetType().GetProperty(nameof(LogtoResponse<int>.Value))?.GetValue(response), response));
        }

        Assert.That(sent, Has.Count.EqualTo(results.Count));
        foreach (var (request, body) in sent)
        {
            AssertSent(request, call);
            if (call.ExpectedBody is not null)
            {
                Assert.That(request.Content!.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
                JsonAssert.AreEquivalent(call.ExpectedBody, JToken.Parse(body!), "the request body");
            }
        }

        foreach (var (value, response) in results)
        {
            Assert.That(response.StatusCode, Is.EqualTo(status));
            Assert.That(response.RequestId, Is.EqualTo("req-" + operation.OperationId));
            if (responseBody is not null)
            {
                var expected = call.IsList && responseBody is JObject wrapper ? wrapper.Properties().Single(p => p.Value is JArray).Value : responseBody;
                var serialized = JToken.FromObject(value!, JsonSerializer.Create(LogtoJson.CreateSettings()));
                JsonAssert.AreEquivalent(expected, serialized, "the response read back");
            }
        }

        HttpResponseMessage Reply(int code, JToken? body)
        {
            var reply = new HttpResponseMessage((HttpStatusCode)code)
            {
                Content = body is null ? new StringContent(string.Empty) : new StringContent(body.ToString(Formatting.None), System.Text.Encoding.UTF8, "application/json"),
            };
            reply.Headers.Add(LogtoApiException.RequestIdHeader, "req-" + operation.OperationId);
            return reply;
        }
    }

    private static void AssertSent(HttpRequestMessage request, OperationCall call)
    {
        Assert.That(request.Method.Method, Is.EqualTo(call.Operation.Method.ToUpperInvariant()));
        Assert.That(request.RequestUri!.AbsolutePath, Is.EqualTo(call.ExpectedPath));
        Assert.That(QueryNames(request.RequestUri), Is.EquivalentTo(call.RequiredQueryNames));
        AssertNamesItsOperation(request, call.Operation);
    }

    /// <summary>The request carries its operation (<see cref="LogtoOperationInfo"/>) with the spec's id, method and route template.</summary>
    private static void AssertNamesItsOperation(HttpRequestMessage sent, SpecOperation operation) =>
        Assert.That(LogtoOperationInfo.Of(sent), Is.EqualTo(new LogtoOperationInfo(operation.OperationId, operation.Method.ToUpperInvariant(), operation.Path)));

    /// <summary>Calls a method; a list's pageable is asked for its first page, in one request.</summary>
    private static async Task<object?> InvokeAsync(OperationCall call, System.Reflection.MethodInfo method, MockLogto logto)
    {
        var returned = method.Invoke(call.Client(logto), call.Arguments.ToArray())!;
        var task = call.IsList && method == call.Method
            ? (Task)returned.GetType().GetMethod("GetPageAsync")!.Invoke(returned, [1, CancellationToken.None])!
            : (Task)returned;
        await task;
        return task.GetType().GetProperty("Result")?.GetValue(task);
    }

    private static IEnumerable<string> QueryNames(Uri uri) =>
        uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => Uri.UnescapeDataString(p.Split('=')[0])).Distinct();
}
