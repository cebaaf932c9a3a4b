using System.Globalization;
using System.Net.Http.Headers;

namespace Logto.Generated;

/// <summary>
/// Reads a response's <c>Retry-After</c> header, in seconds or as an HTTP date. A date is measured against the
/// response's own <c>Date</c> header when it has one (the server's clock, so no clock skew), otherwise against the
/// given clock. A wait in the past is zero.
/// </summary>
internal static class LogtoRetryAfter
{
    private const string HeaderName = "Retry-After";

    /// <summary>How long a response asks to wait, or null when it does not say.</summary>
    public static TimeSpan? Of(HttpResponseMessage? response, TimeProvider timeProvider) =>
        response is null ? null : Of(response.Headers.RetryAfter, response.Headers.Date, timeProvider);

    /// <summary>How long the headers a generated client collected ask to wait, or null when they do not say.</summary>
    public static TimeSpan? Of(IReadOnlyDictionary<string, IEnumerable<string>> headers, TimeProvider timeProvider)
    {
        if (!RetryConditionHeaderValue.TryParse(LogtoHeaders.Find(headers, HeaderName), out var header))
        {
            return null;
        }

        var sent = DateTimeOffset.TryParse(LogtoHeaders.Find(headers, "Date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : (DateTimeOffset?)null;
        return Of(header, sent, timeProvider);
    }

    private static TimeSpan? Of(RetryConditionHeaderValue? header, DateTimeOffset? sent, TimeProvider timeProvider)
    {
        var wait = header?.Delta ?? header?.Date - (sent ?? timeProvider.GetUtcNow());
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }
}
