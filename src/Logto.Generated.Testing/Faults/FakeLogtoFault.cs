namespace Logto.Generated.Testing;

/// <summary>
/// What an injected fault does to a request instead of (or before) answering it; register one with
/// <see cref="FakeLogto.InjectFault(string, FakeLogtoFault, int)"/>.
/// </summary>
public sealed class FakeLogtoFault
{
    private FakeLogtoFault(int status, TimeSpan? retryAfter, TimeSpan delay, bool reset)
    {
        Status = status;
        RetryAfter = retryAfter;
        Delay = delay;
        ResetsConnection = reset;
    }

    /// <summary>The status answered instead of the real answer; 0 when the request is answered normally after <see cref="Delay"/>.</summary>
    public int Status { get; }

    /// <summary>The <c>Retry-After</c> header sent with <see cref="Status"/>, if any.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>How long the fake waits before answering (on the fake's <see cref="TimeProvider"/>).</summary>
    public TimeSpan Delay { get; }

    /// <summary>Whether the connection is dropped without an answer.</summary>
    public bool ResetsConnection { get; }

    /// <summary>429 Too Many Requests, as Logto Cloud's rate limit answers, with a <c>Retry-After</c> header in whole seconds.</summary>
    /// <param name="retryAfter">The wait named in <c>Retry-After</c>; none when null.</param>
    /// <returns>The fault.</returns>
    public static FakeLogtoFault TooManyRequests(TimeSpan? retryAfter = null) => new(429, retryAfter, TimeSpan.Zero, reset: false);

    /// <summary>A server error such as 500 or 503, with a Logto error body.</summary>
    /// <param name="status">A status from 500 to 599; 500 by default.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a 5xx status.</exception>
    public static FakeLogtoFault ServerError(int status = 500)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 500);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        return new(status, retryAfter: null, TimeSpan.Zero, reset: false);
    }

    /// <summary>The real answer, after a wait (to test timeouts and cancellation).</summary>
    /// <param name="delay">How long to wait; positive.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> is not positive.</exception>
    public static FakeLogtoFault Delayed(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(delay, TimeSpan.Zero);
        return new(0, retryAfter: null, delay, reset: false);
    }

    /// <summary>No answer: the in-process handler throws an <see cref="HttpRequestException"/> and the loopback server aborts the connection.</summary>
    /// <returns>The fault.</returns>
    public static FakeLogtoFault ResetConnection() => new(0, retryAfter: null, TimeSpan.Zero, reset: true);
}
