using System.Net;
using System.Text;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>A <see cref="FakeLogtoTenant"/> behind the MockHttp handler of a <see cref="MockLogto"/>.</summary>
internal sealed class MockLogtoTenant : IDisposable
{
    public MockLogtoTenant()
    {
        Logto.Handler.When("*").Respond(async request => ToResponse(await Tenant.HandleAsync(request.Method.Method, request.RequestUri!.PathAndQuery)));
    }

    /// <summary>The fake's answer as an HTTP response.</summary>
    public static HttpResponseMessage ToResponse(FakeLogtoResponse answer)
    {
        var response = new HttpResponseMessage((HttpStatusCode)answer.Status) { Content = new StringContent(answer.Body, Encoding.UTF8, "application/json") };
        foreach (var header in answer.Headers.Where(header => header.Key != "Content-Type"))
        {
            response.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return response;
    }

    public FakeLogtoTenant Tenant { get; } = new();

    public MockLogto Logto { get; } = new();

    public LogtoManagementClient Client => Logto.Client;

    public void Dispose() => Logto.Dispose();
}
