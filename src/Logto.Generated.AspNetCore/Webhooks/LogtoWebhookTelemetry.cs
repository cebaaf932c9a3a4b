using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Logto.Generated.AspNetCore;

/// <summary>The receiver's span and counter, under the client's activity source and meter names.</summary>
internal static class LogtoWebhookTelemetry
{
    public const string ActivityName = "ReceiveLogtoWebhook";
    public const string EventTag = "logto.webhook.event";
    public const string OutcomeTag = "logto.webhook.outcome";

    public static readonly ActivitySource Source = new(LogtoTelemetry.ActivitySourceName);

    private static readonly Meter Meter = new(LogtoTelemetry.MeterName);

    private static readonly Counter<long> Deliveries = Meter.CreateCounter<long>(
        LogtoTelemetry.WebhookDeliveriesMetric, unit: "{delivery}", description: "Logto webhook deliveries received, by event and outcome.");

    /// <summary>Counts a delivery and closes its span, tagged with the event (when verified and read) and the outcome.</summary>
    public static void Record(Activity? activity, string? eventName, string outcome, int statusCode)
    {
        var tags = new TagList { { OutcomeTag, outcome } };
        if (eventName is not null)
        {
            tags.Add(EventTag, eventName);
        }

        Deliveries.Add(1, tags);
        if (activity is not null)
        {
            activity.SetTag(OutcomeTag, outcome);
            activity.SetTag("http.response.status_code", statusCode);
            if (eventName is not null)
            {
                activity.SetTag(EventTag, eventName);
            }

            if (statusCode >= 500)
            {
                activity.SetStatus(ActivityStatusCode.Error, outcome);
            }
        }
    }
}
