using System.Collections.Concurrent;
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
            return MockLogtoTenant.ToResponse(await Tenant.HandleAsync(request.Method.Method, request.RequestUri!.PathAndQuery));
        });
    }

    public FakeLogtoTenant Tenant { get; } = new();

    public MockLogto Logto { get; } = new();

    /// <summary>When each request arrived, and its path and query, in arrival order.</summary>
    public IReadOnlyList<(DateTimeOffset At, string Request)> Arrivals => _arrivals.ToList();

    public void Dispose() => Logto.Dispose();
}
