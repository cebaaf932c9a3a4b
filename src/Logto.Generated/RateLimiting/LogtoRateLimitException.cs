namespace Logto.Generated;

/// <summary>
/// A request was not sent: the client-side limit of <see cref="LogtoClientOptions.RateLimit"/> gave it no turn within
/// <see cref="LogtoRateLimitOptions.MaxWait"/>. Nothing reached Logto, so the status and the other answer properties
/// are null; <see cref="LogtoException.RetryAfter"/> is one window, after which the budget has room again.
/// </summary>
public sealed class LogtoRateLimitException : LogtoException
{
    internal LogtoRateLimitException(string operation, int permitLimit, TimeSpan window, TimeSpan maxWait)
        : base(
            $"{operation} was not sent: the client-side rate limit ({permitLimit} requests per {window.TotalSeconds:0.###} s, LogtoClientOptions.RateLimit) gave it no turn within {maxWait.TotalSeconds:0.###} s.",
            new LogtoAnswer(null, null, null, null, window),
            null)
    {
        PermitLimit = permitLimit;
        Window = window;
        MaxWait = maxWait;
    }

    /// <summary>The limit's <see cref="LogtoRateLimitOptions.PermitLimit"/>.</summary>
    public int PermitLimit { get; }

    /// <summary>The limit's <see cref="LogtoRateLimitOptions.Window"/>.</summary>
    public TimeSpan Window { get; }

    /// <summary>How long the request waited: <see cref="LogtoRateLimitOptions.MaxWait"/>.</summary>
    public TimeSpan MaxWait { get; }
}
