using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Logto.Generated;

/// <summary>
/// Builds the Polly pipelines behind the resilience handlers from the standard options of
/// Microsoft.Extensions.Http.Resilience: a total timeout, then retries (exponential backoff with jitter, capped,
/// honouring <c>Retry-After</c>), then a timeout per attempt. <see cref="LogtoRetryPolicy"/> narrows what the standard
/// options retry, and <c>Retry-After</c> dates are read against the client's clock. Each pipeline is built once and
/// shared by every handler instance, across handler rotations.
/// </summary>
internal static class LogtoResiliencePipelines
{
    /// <summary>The name of the strategy that times out a whole call.</summary>
    public const string TotalTimeoutName = "LogtoTotalTimeout";

    /// <summary>The name of the strategy that times out one attempt.</summary>
    public const string AttemptTimeoutName = "LogtoAttemptTimeout";

    /// <summary>The pipeline: total timeout, retries, the tenant's client-side limit per attempt (when <paramref name="rateLimiter"/> is set), attempt timeout.</summary>
    /// <param name="settings">The client settings.</param>
    /// <param name="retryEveryMethod">Whether non-idempotent methods are retried on transient failures too (token requests).</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="logger">Where retries are logged.</param>
    /// <param name="rateLimiter">The tenant's client-side limit (<see cref="LogtoClientOptions.RateLimit"/>), or null.</param>
    public static ResiliencePipeline<HttpResponseMessage> Build(
        LogtoManagementSettings settings, bool retryEveryMethod, TimeProvider timeProvider, ILogger logger, RollingWindowLimiter? rateLimiter = null)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = TotalTimeoutName, Timeout = settings.TotalTimeout });
        // Always present, so that a call's LogtoRequestOptions.MaxRetries can retry on a client that does not.
        builder.AddRetry(RetryOptions(settings, new LogtoRetryPolicy(retryEveryMethod, settings.MaxRetryDelay, timeProvider), timeProvider, logger));
        if (rateLimiter is not null)
        {
            builder.AddStrategy(_ => new LogtoRateLimitStrategy(rateLimiter, settings.RateLimit!.Value.MaxWait), new LogtoRateLimitStrategyOptions());
        }

        builder.AddTimeout(new HttpTimeoutStrategyOptions
        {
            Name = AttemptTimeoutName,
            Timeout = settings.AttemptTimeout,
            TimeoutGenerator = args => new ValueTask<TimeSpan>(AttemptTimeoutOf(args.Context.GetRequestMessage(), settings)),
        });
        return builder.Build();
    }

    /// <summary>The attempt timeout of a request: its call's <see cref="LogtoRequestOptions.Timeout"/>, or the client's.</summary>
    public static TimeSpan AttemptTimeoutOf(HttpRequestMessage? request, LogtoManagementSettings settings) =>
        LogtoRequestOptions.Of(request)?.Timeout ?? settings.AttemptTimeout;

    /// <summary>The retries a request may have: its call's <see cref="LogtoRequestOptions.MaxRetries"/>, or the client's.</summary>
    public static int MaxRetriesOf(HttpRequestMessage? request, LogtoManagementSettings settings) =>
        LogtoRequestOptions.Of(request)?.MaxRetries ?? settings.MaxRetryAttempts;

    private static HttpRetryStrategyOptions RetryOptions(LogtoManagementSettings settings, LogtoRetryPolicy policy, TimeProvider timeProvider, ILogger logger)
    {
        var options = new HttpRetryStrategyOptions
        {
            Name = "LogtoRetry",
            MaxRetryAttempts = int.MaxValue, // bounded per call by MaxRetriesOf

            Delay = settings.RetryBaseDelay,
            MaxDelay = settings.MaxRetryDelay,
            ShouldRetryAfterHeader = true,
            OnRetry = args => LogRetry(logger, settings, args),
        };

        var transient = options.ShouldHandle;
        options.ShouldHandle = async args =>
            args.AttemptNumber < MaxRetriesOf(args.Context.GetRequestMessage(), settings)
            && await transient(args).ConfigureAwait(false) && policy.Allows(args.Outcome, args.Context.GetRequestMessage());

        // The standard generator reads a Retry-After date against the system clock; ours uses the client's.
        var retryAfter = options.DelayGenerator!;
        options.DelayGenerator = args => args.Outcome.Result?.Headers.RetryAfter?.Date is null
            ? retryAfter(args)
            : new ValueTask<TimeSpan?>(LogtoRetryAfter.Of(args.Outcome.Result, timeProvider));
        return options;
    }

    private static ValueTask LogRetry(ILogger logger, LogtoManagementSettings settings, OnRetryArguments<HttpResponseMessage> args)
    {
        var request = args.Context.GetRequestMessage();
        LogtoLog.Retrying(
            logger,
            request?.Method.Method ?? string.Empty,
            request is null ? string.Empty : LogtoLog.PathOf(request),
            args.RetryDelay.TotalMilliseconds,
            args.AttemptNumber + 1,
            MaxRetriesOf(request, settings),
            args.Outcome.Exception is { } exception ? exception.GetType().Name : $"HTTP {(int?)args.Outcome.Result?.StatusCode}");
        return default;
    }
}
