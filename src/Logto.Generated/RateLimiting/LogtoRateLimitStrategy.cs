using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Logto.Generated;

/// <summary>
/// The Polly strategy of <see cref="LogtoClientOptions.RateLimit"/>: sits inside the retries and outside the attempt
/// timeout, so every attempt takes a turn of the tenant's limit and the wait for a turn does not eat the attempt's time.
/// When no turn comes within the wait, the outcome is a <see cref="LogtoRateLimitException"/> and nothing is sent.
/// </summary>
internal sealed class LogtoRateLimitStrategy(RollingWindowLimiter limiter, TimeSpan maxWait) : ResilienceStrategy
{

    protected override async ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback, ResilienceContext context, TState state)
    {
        IDisposable? turn;
        try
        {
            turn = await limiter.TryAcquireAsync(maxWait, context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
        }
        catch (OperationCanceledException exception)
        {
            return Outcome.FromException<TResult>(exception);
        }

        if (turn is null)
        {
            var request = context.GetRequestMessage();
            var operation = request is null ? "A Logto request" : LogtoRequestText.WithOperation(LogtoRequestText.Of(request), request);
            return Outcome.FromException<TResult>(new LogtoRateLimitException(operation, limiter.PermitLimit, limiter.Window, maxWait));
        }

        using (turn)
        {
            return await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        }
    }
}

/// <summary>The (empty) options Polly registers <see cref="LogtoRateLimitStrategy"/> with.</summary>
internal sealed class LogtoRateLimitStrategyOptions : ResilienceStrategyOptions
{
    public LogtoRateLimitStrategyOptions()
    {
        Name = "LogtoRateLimit";
    }
}
