namespace Logto.Generated.Testing;

/// <summary>
/// What an injected fault does to a request instead of (or before) answering it; register one with
/// <see cref="FakeLogto.InjectFault(string, FakeLogtoFault, int, Func{FakeLogtoRequest, bool})"/>.
/// </summary>
public sealed class FakeLogtoFault
{
    private FakeLogtoFault()
    {
    }

    /// <summary>Logto's error <c>code</c> in the body answered with <see cref="Status"/>, when one was given.</summary>
    public string? Code { get; private init; }

    /// <summary>The error <c>message</c> in the body answered with <see cref="Status"/>, when one was given.</summary>
    public string? Message { get; private init; }

    /// <summary>What a held request waits for before it is answered normally; see <see cref="Held(Task)"/>.</summary>
    public Task? Release { get; private init; }

    /// <summary>The status answered instead of the real answer; 0 when the request is answered normally after <see cref="Delay"/>.</summary>
    public int Status { get; private init; }

    /// <summary>The <c>Retry-After</c> header sent with <see cref="Status"/>, if any.</summary>
    public TimeSpan? RetryAfter { get; private init; }

    /// <summary>How long the fake waits before answering (on the fake's <see cref="TimeProvider"/>).</summary>
    public TimeSpan Delay { get; private init; }

    /// <summary>Whether the connection is dropped without an answer.</summary>
    public bool ResetsConnection { get; private init; }

    /// <summary>429 Too Many Requests, as Logto Cloud's rate limit answers, with a <c>Retry-After</c> header in whole seconds.</summary>
    /// <param name="retryAfter">The wait named in <c>Retry-After</c>; none when null.</param>
    /// <returns>The fault.</returns>
    public static FakeLogtoFault TooManyRequests(TimeSpan? retryAfter = null) => new() { Status = 429, RetryAfter = retryAfter };

    /// <summary>A server error such as 500 or 503, with a Logto error body.</summary>
    /// <param name="status">A status from 500 to 599; 500 by default.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a 5xx status.</exception>
    public static FakeLogtoFault ServerError(int status = 500)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 500);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        return new() { Status = status };
    }

    /// <summary>The real answer, after a wait (to test timeouts and cancellation).</summary>
    /// <param name="delay">How long to wait; positive.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> is not positive.</exception>
    public static FakeLogtoFault Delayed(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(delay, TimeSpan.Zero);
        return new() { Delay = delay };
    }

    /// <summary>No answer: the in-process handler throws an <see cref="HttpRequestException"/> and the loopback server aborts the connection.</summary>
    /// <returns>The fault.</returns>
    public static FakeLogtoFault ResetConnection() => new() { ResetsConnection = true };

    /// <summary>
    /// Answers <paramref name="status"/> with Logto's error body (<c>{"code": …, "message": …}</c>) instead of the
    /// real answer, such as a 404 <c>entity.not_found</c> or a 403 <c>auth.forbidden</c>.
    /// </summary>
    /// <param name="status">A client or server error status, 400 to 599.</param>
    /// <param name="code">Logto's error code, such as <c>entity.not_found</c>.</param>
    /// <param name="message">The error message.</param>
    /// <param name="retryAfter">A <c>Retry-After</c> header to send, if any.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not an error status.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is empty.</exception>
    public static FakeLogtoFault Error(int status, string code, string message, TimeSpan? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return new() { Status = status, RetryAfter = retryAfter, Code = code, Message = message };
    }

    /// <summary>
    /// Holds the request until <paramref name="release"/> completes, then answers it normally; with
    /// <see cref="FakeLogto.RequestsInFlight"/> and <see cref="FakeLogto.PeakRequestsInFlight"/> a test sees how many
    /// requests a client keeps open at once. A canceled request stops waiting.
    /// </summary>
    /// <param name="release">The task that lets the held requests through, such as a <see cref="TaskCompletionSource"/>'s.</param>
    /// <returns>The fault.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="release"/> is null.</exception>
    public static FakeLogtoFault Held(Task release)
    {
        ArgumentNullException.ThrowIfNull(release);
        return new() { Release = release };
    }
}
