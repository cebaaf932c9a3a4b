using System.Net;
using System.Reflection;
using Logto.Generated.Tests.TestSupport;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Generated;

/// <summary>
/// Calls every operation of the spec through its generated method, against a stub that answers with a sample filling
/// every property of the response schema. Each call must send the spec's method and path, a request body equal to
/// the sample model it was given, and read the response back into models that serialize to the same JSON.
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
        HttpRequestMessage? sent = null;
        string? sentBody = null;
        logto.Handler.Fallback.Respond(async request =>
        {
            sent = request;
            sentBody = request.Content is null ? null : await request.Content.ReadAsStringAsync();
            return Reply(status, responseBody);
        });

        if (status is >= 300 and < 400)
        {
            // Browser redirect endpoints (the SAML assertion consumers): the redirect is not a result, it is surfaced.
            var redirect = Assert.ThrowsAsync<LogtoApiException>(() => Invoke(call, logto.Client));
            Assert.That(redirect!.StatusCode, Is.EqualTo(status));
            Assert.That(sent!.RequestUri!.AbsolutePath, Is.EqualTo(call.ExpectedPath));
            AssertNamesItsOperation(sent, operation);
            return;
        }

        var result = await Invoke(call, logto.Client);

        Assert.That(sent, Is.Not.Null);
        Assert.That(sent!.Method.Method, Is.EqualTo(operation.Method.ToUpperInvariant()));
        AssertNamesItsOperation(sent, operation);
        Assert.That(sent.RequestUri!.AbsolutePath, Is.EqualTo(call.ExpectedPath));
        Assert.That(QueryNames(sent.RequestUri), Is.EquivalentTo(call.RequiredQueryNames));
        if (call.ExpectedBody is not null)
        {
            Assert.That(sent.Content!.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
            JsonAssert.AreEquivalent(call.ExpectedBody, JToken.Parse(sentBody!), "the request body");
        }

        if (responseBody is not null)
        {
            var serialized = JToken.FromObject(Unwrap(result)!, JsonSerializer.Create(LogtoJson.CreateSettings()));
            JsonAssert.AreEquivalent(responseBody, serialized, "the response read back");
        }
    }

    /// <summary>The request carries its operation (<see cref="LogtoOperationInfo"/>) with the spec's id, method and route template.</summary>
    private static void AssertNamesItsOperation(HttpRequestMessage sent, SpecOperation operation) =>
        Assert.That(LogtoOperationInfo.Of(sent), Is.EqualTo(new LogtoOperationInfo(operation.OperationId, operation.Method.ToUpperInvariant(), operation.Path)));

    private static async Task<object?> Invoke(OperationCall call, LogtoManagementClient facade)
    {
        var task = (Task)call.Method.Invoke(call.Client(facade), call.Arguments.ToArray())!;
        await task;
        return task.GetType().GetProperty("Result")?.GetValue(task);
    }

    private static object? Unwrap(object? result) =>
        result?.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(LogtoResponse<>)
            ? type.GetProperty(nameof(LogtoResponse<int>.Result))!.GetValue(result)
            : result;

    private static IEnumerable<string> QueryNames(Uri uri) =>
        uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => Uri.UnescapeDataString(p.Split('=')[0])).Distinct();

    private static HttpResponseMessage Reply(int status, JToken? body) => new((HttpStatusCode)status)
    {
        Content = body is null ? new StringContent(string.Empty) : new StringContent(body.ToString(Formatting.None), System.Text.Encoding.UTF8, "application/json"),
    };
}
