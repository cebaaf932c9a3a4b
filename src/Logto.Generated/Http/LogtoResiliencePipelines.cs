using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Logto.Generated;

/// <summary>
/// Builds the Polly pipelines behind the resilience handlers: a total timeout, then retries with exponential backoff,
/// jitter, a cap and <c>Retry-After</c>, then a timeout per attempt. Each pipeline is built once and shared by every
/// handler instance, across handler rotations.
/// </summary>
internal static class LogtoResiliencePipelines
{
    /// <summary>The name of the strategy that times out a whole call.</summary>
    public const string TotalTimeoutName = "LogtoTotalTimeout";

    /// <summary>The name of the strategy that times out one attempt.</summary>
    public const string AttemptTimeoutName = "LogtoAttemptTimeout";

    public static ResiliencePipeline<HttpResponseMessage> Build(
        LogtoManagementSettings settings, bool retryEveryMethod, TimeProvider timeProvider, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        builder.AddTimeout(new TimeoutStrategyOptions { Name = TotalTimeoutName, Timeout = settings.TotalTimeout });
        if (settings.MaxRetryAttempts > 0)
        {
            builder.AddRetry(RetryOptions(settings, new LogtoRetryPolicy(retryEveryMethod, settings.MaxRetryDelay, timeProvider), logger));
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Name = AttemptTimeoutName, Timeout = settings.AttemptTimeout });
        return builder.Build();
    }

    private static RetryStrategyOptions<HttpResponseMessage> RetryOptions(LogtoManagementSettings settings, LogtoRetryPolicy policy, ILogger logger) => new()
    {
        Name = "LogtoRetry",
        MaxRetryAttempts = settings.MaxRetryAttempts,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = settings.RetryBaseDelay,
        MaxDelay = settings.MaxRetryDelay,
        ShouldHandle = args => new ValueTask<bool>(policy.ShouldRetry(args.Outcome, args.Context.GetRequestMessage()?.Method)),
        DelayGenerator = args => new ValueTask<TimeSpan?>(policy.DelayOf(args.Outcome)),
        OnRetry = args =>
        {
            var request = args.Context.GetRequestMessage();
            LogtoLog.Retrying(
                logger,
                request?.Method.Method ?? string.Empty,
                request is null ? string.Empty : LogtoLog.PathOf(request),
                args.RetryDelay.TotalMilliseconds,
                args.AttemptNumber + 1,
                settings.MaxRetryAttempts,
                LogtoRetryPolicy.Describe(args.Outcome));
            return default;
        },
    };
}
