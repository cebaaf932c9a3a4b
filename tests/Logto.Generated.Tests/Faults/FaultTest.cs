using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.Tests.Faults;

/// <summary>
/// The frame of every fault test: a Logto stub on MockHttp behind the client's real pipeline
/// (<see cref="LogtoManagementClient.Create(LogtoManagementOptions, HttpMessageHandler, Microsoft.Extensions.Logging.ILoggerFactory?)"/>),
/// primary handlers wrapped in a handler that counts undisposed responses, and a capture of every log line. After each
/// test, no response is left undisposed and no secret or token was logged; <see cref="FailsWith{TException}"/> also
/// checks the exception. Retries are off unless a test turns them on, so that no test waits on a backoff it did not ask for.
/// </summary>
public abstract class FaultTest
{
    private readonly List<DisposalTrackingHandler> _trackers = [];

    private protected MockLogto Stub { get; private set; } = null!;

    private protected DisposalTrackingHandler Tracker { get; private set; } = null!;

    private protected CapturingLoggerProvider Logs { get; private set; } = null!;

    [SetUp]
    public void CreateStub()
    {
        _trackers.Clear();
        Stub = new MockLogto(tokenEndpoint: true);
        Tracker = Track(Stub.Handler);
        Logs = new CapturingLoggerProvider();
    }

    [TearDown]
    public void CheckNothingLeaked()
    {
        try
        {
            foreach (var tracker in _trackers)
            {
                Assert.That(tracker.Undisposed, Is.Zero, $"{tracker.Undisposed} of {tracker.Created} responses were never disposed");
            }

            SecretAssert.NotIn(Logs.AllText(), "the captured logs");
        }
        finally
        {
            _trackers.ForEach(tracker => tracker.Dispose());
        }
    }

    /// <summary>Wraps a primary handler so that its responses are counted; it is disposed after the test.</summary>
    private protected DisposalTrackingHandler Track(HttpMessageHandler primaryHandler)
    {
        var tracker = new DisposalTrackingHandler(primaryHandler);
        _trackers.Add(tracker);
        return tracker;
    }

    /// <summary>A client of the stub, on its manual clock, with retries off unless <paramref name="configure"/> turns them on.</summary>
    private protected LogtoManagementClient CreateClient(Action<LogtoManagementOptions>? configure = null) =>
        CreateClient(Tracker, configure);

    /// <summary>A client with the stub's credentials that sends through <paramref name="primaryHandler"/>.</summary>
    private protected LogtoManagementClient CreateClient(HttpMessageHandler primaryHandler, Action<LogtoManagementOptions>? configure) =>
        LogtoManagementClient.Create(
            Stub.Options(options =>
            {
                options.MaxRetryAttempts = 0;
                configure?.Invoke(options);
            }),
            primaryHandler,
            Logs.CreateFactory());

    /// <summary>Asserts that the call fails with <typeparamref name="TException"/> (or a subclass) within the guard, leaking no secret.</summary>
    private protected static TException FailsWith<TException>(Func<Task> call)
        where TException : Exception
    {
        var exception = Assert.ThrowsAsync(Is.InstanceOf<TException>(), async () => await call().WaitAsync(TestGuard.Guard));
        SecretAssert.NotIn(exception!);
        return (TException)exception!;
    }
}
