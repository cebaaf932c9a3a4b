using System.Collections.Concurrent;
using System.Net;
using System.Text;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>
/// A <see cref="FakeLogtoTenant"/> behind MockHttp that also records when, by a test's clock, each request arrived: the
/// only Logto-faking part of the pacing tests, so that another fake can replace it.
/// </summary>
internal sealed class TimedMockLogtoTenant : IDisposable
{
    private readonly ConcurrentQueue<(DateTimeOffset At, string Request)> _arrivals = new();

    public TimedMockLogtoTenant(TimeProvider clock)
    {
        Logto.Handler.When("*").Respond(async request =>
        {
            _arrivals.Enqueue((clock.GetUtcNow(), request.RequestUri!.PathAndQuery));
            var answer = await Tenant.HandleAsync(request.Method.Method, request.RequestUri!.PathAndQuery);
            var response = new HttpResponseMessage((HttpStatusCode)answer.Status) { Content = new StringContent(answer.Body, Encoding.UTF8, "application/json") };
            foreach (var header in answer.Headers.Where(header => header.Key != "Content-Type"))
            {
                response.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            return response;
        });
    }

    public FakeLogtoTenant Tenant { get; } = new();

    public MockLogto Logto { get; } = new();

    /// <summary>When each request arrived, and its path and query, in arrival order.</summary>
    public IReadOnlyList<(DateTimeOffset At, string Request)> Arrivals => _arrivals.ToList();

    public void Dispose() => Logto.Dispose();
}
