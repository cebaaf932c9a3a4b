using System.Net;
using Polly;
using Polly.Timeout;

namespace Logto.Generated;

/// <summary>
/// Decides which outcomes are retried. HTTP 429 is retried for every method: Logto's rate limit rejects a request
/// before acting on it. HTTP 502, 503, 504, transport errors and attempt timeouts are retried only for idempotent
/// methods (GET, HEAD, PUT, DELETE, OPTIONS), because a POST or PATCH may have taken effect; token requests are
/// retried for every method, since issuing a token changes nothing. A <c>Retry-After</c> longer than the longest
/// allowed delay is not waited for: the response goes back to the caller.
/// </summary>
internal sealed class LogtoRetryPolicy
{
    private static readonly HashSet<HttpMethod> IdempotentMethods =
        [HttpMethod.Get, HttpMethod.Head, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Options];

    private readonly bool _retryEveryMethod;
    private readonly TimeSpan _maxDelay;
    private readonly TimeProvider _timeProvider;

    public LogtoRetryPolicy(bool retryEveryMethod, TimeSpan maxDelay, TimeProvider timeProvider)
    {
        _retryEveryMethod = retryEveryMethod;
        _maxDelay = maxDelay;
        _timeProvider = timeProvider;
    }

    public bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpMethod? method)
    {
        var mayRepeat = _retryEveryMethod || (method is not null && IdempotentMethods.Contains(method));
        if (outcome.Exception is { } exception)
        {
            return mayRepeat && exception is HttpRequestException or TimeoutRejectedException;
        }

        var response = outcome.Result;
        if (response is null || LogtoRetryAfter.Of(response, _timeProvider) > _maxDelay)
        {
            return false;
        }

        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => true,
            HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => mayRepeat,
            _ => false,
        };
    }

    /// <summary>The <c>Retry-After</c> wait of a response, or null to use the exponential backoff.</summary>
    public TimeSpan? DelayOf(Outcome<HttpResponseMessage> outcome) => LogtoRetryAfter.Of(outcome.Result, _timeProvider);

    /// <summary>Describes an outcome for the retry log line: a status or an exception type, never a message.</summary>
    public static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } exception ? exception.GetType().Name : $"HTTP {(int?)outcome.Result?.StatusCode}";
}
