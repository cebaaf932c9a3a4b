namespace Logto.Generated;

/// <summary>
/// The names under which the client reports traces and metrics, by the .NET conventions (an
/// <see cref="System.Diagnostics.ActivitySource"/> and a <see cref="System.Diagnostics.Metrics.Meter"/>, no OpenTelemetry
/// dependency). With the OpenTelemetry SDK: <c>.WithTracing(t =&gt; t.AddSource("Logto.Generated"))</c> and
/// <c>.WithMetrics(m =&gt; m.AddMeter("Logto.Generated"))</c>. No tag ever holds a secret, a token, a body or a concrete
/// path: operations are tagged with their route template.
/// </summary>
public static class LogtoTelemetry
{
    /// <summary>The name of the activity source: one span per API operation (named after its operation id, such as <c>GetUser</c>) and one per token request.</summary>
    public const string ActivitySourceName = "Logto.Generated";

    /// <summary>The name of the meter.</summary>
    public const string MeterName = "Logto.Generated";

    /// <summary>The name of the span of a token request, and its <c>logto.operation.id</c> on the retry counter.</summary>
    public const string TokenRequestActivityName = "RequestToken";

    /// <summary>Histogram, in seconds, of whole operations (every attempt and retry wait included), by operation and status class.</summary>
    public const string OperationDurationMetric = "logto.client.operation.duration";

    /// <summary>Counter of token requests to Logto's token endpoint, by outcome.</summary>
    public const string TokenRequestsMetric = "logto.client.token.requests";

    /// <summary>Counter of retried attempts (not counting first attempts), by operation and by why the previous attempt failed.</summary>
    public const string RetriesMetric = "logto.client.retries";

    /// <summary>
    /// Counter of webhook deliveries the ASP.NET Core receiver answered, by <c>logto.webhook.event</c> (absent before the
    /// signature is verified) and <c>logto.webhook.outcome</c>: <c>handled</c>, <c>duplicate</c>, <c>in_progress</c>,
    /// <c>failed</c>, <c>unauthorized</c>, <c>too_large</c>, <c>invalid</c>. Each delivery also has a span, <c>ReceiveLogtoWebhook</c>.
    /// </summary>
    public const string WebhookDeliveriesMetric = "logto.webhook.deliveries";
}
