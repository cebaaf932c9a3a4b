namespace Logto.Generated;

/// <summary>Reads a response's <c>Retry-After</c> header, in seconds or as an HTTP-date, against an injectable clock.</summary>
internal static class LogtoRetryAfter
{
    /// <summary>How long the server asks to wait, or null when it does not say.</summary>
    public static TimeSpan? Of(HttpResponseMessage? response, TimeProvider timeProvider)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
