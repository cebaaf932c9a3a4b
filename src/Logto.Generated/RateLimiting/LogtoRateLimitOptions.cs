namespace Logto.Generated;

/// <summary>
/// A client-side limit on the Management API requests of one tenant: at most <see cref="PermitLimit"/> requests in any
/// <see cref="Window"/>, wherever the window starts, counting every attempt (retries included) of every client of one
/// registration (the Management API client and the third-party applications service built on it, the Account API
/// clients, the public client; not the token requests, which go to the OIDC endpoint). A request over the limit waits, first come first served, at most <see cref="MaxWait"/>;
/// past that the call fails with a <see cref="LogtoRateLimitException"/> and the request is never sent. A turn is held
/// while its request runs and comes free one window (plus 20 ms, for coarse system timers) after the request ended, so however late a request leaves or slow
/// its answer, Logto never sees more than the limit in a window (and never more than <see cref="PermitLimit"/> at once).
/// </summary>
/// <remarks>
/// Logto Cloud allows a tenant 200 requests per 10 seconds and answers HTTP 429 beyond. Leave headroom for other callers
/// of the same tenant (the Console, other services): for example <c>PermitLimit = 150</c>, <c>Window = 10 s</c>.
/// </remarks>
public sealed class LogtoRateLimitOptions
{
    /// <summary>The default of <see cref="Window"/>: 10 seconds, the window of Logto Cloud's limit.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromSeconds(10);

    /// <summary>The default of <see cref="MaxWait"/>: 30 seconds.</summary>
    public static readonly TimeSpan DefaultMaxWait = TimeSpan.FromSeconds(30);

    /// <summary>How many requests may start in any <see cref="Window"/>; at least 1. Required.</summary>
    public int PermitLimit { get; set; }

    /// <summary>The length of the window; 10 seconds by default, from 10 milliseconds to 1 hour.</summary>
    public TimeSpan Window { get; set; } = DefaultWindow;

    /// <summary>
    /// How long a request waits for its turn; 30 seconds by default, <see cref="TimeSpan.Zero"/> to fail at once when the
    /// limit is reached. The wait counts towards <see cref="LogtoClientOptions.TotalTimeout"/>, not the attempt timeout.
    /// </summary>
    public TimeSpan MaxWait { get; set; } = DefaultMaxWait;

    /// <summary>What is wrong with these settings, each message naming the option; empty when they can work.</summary>
    internal IEnumerable<string> FindProblems(string prefix)
    {
        if (PermitLimit < 1)
        {
            yield return $"{prefix}{nameof(PermitLimit)} must be at least 1; it is {PermitLimit}.";
        }

        if (Window < TimeSpan.FromMilliseconds(10) || Window > TimeSpan.FromHours(1))
        {
            yield return $"{prefix}{nameof(Window)} must be between 10 milliseconds and 1 hour; it is {Window}.";
        }

        if (MaxWait < TimeSpan.Zero || MaxWait > TimeSpan.FromHours(1))
        {
            yield return $"{prefix}{nameof(MaxWait)} must be between zero and 1 hour; it is {MaxWait}.";
        }
    }
}
