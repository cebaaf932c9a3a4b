using System.Net;
using Polly;

namespace Logto.Generated;

/// <summary>
/// Where the client's retry rules differ from the standard <see cref="Microsoft.Extensions.Http.Resilience.HttpRetryStrategyOptions"/>,
/// which decides first what is transient (transport errors, attempt timeouts, 408, 429, 5xx):
/// <list type="bullet">
/// <item>POST and PATCH API requests are retried only on 429, which Logto's rate limit answers before acting on a
/// request: a 5xx, a transport error or a timeout may come after the change took effect. Token requests are retried
/// like idempotent ones, since issuing a token changes nothing.</item>
/// <item>A <c>Retry-After</c> longer than the longest allowed delay is not waited for: the response goes back to the caller.</item>
/// <item>Of the transient statuses, only 429, 502, 503 and 504 are retried: a 500 from Logto is a failure of the
/// request itself, and retrying it only delays the error.</item>
/// </list>
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

    /// <summary>Whether an outcome the standard options find transient may be retried by our rules.</summary>
    public bool Allows(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request)
    {
        var mayRepeat = _retryEveryMethod || (request is not null && IdempotentMethods.Contains(request.Method));
        if (outcome.Result is not { } response)
        {
            return mayRepeat;
        }

        if (LogtoRetryAfter.Of(response, _timeProvider) > _maxDelay)
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
}
