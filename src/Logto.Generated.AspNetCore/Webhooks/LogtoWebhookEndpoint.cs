using System.Buffers;
using System.Diagnostics;
using System.Security.Cryptography;
using Logto.Generated.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Logto.Generated.AspNetCore;

/// <summary>
/// One delivery: read the body within the limit, verify, parse, recognise a duplicate, run the handlers, answer.
/// Nothing logged or tagged holds a key or the body.
/// </summary>
internal static class LogtoWebhookEndpoint
{
    private const string LoggerName = "Logto.Generated.AspNetCore.Webhooks";

    /// <summary>How long Logto should wait before sending a delivery again that is still being handled: within its 10-second request timeout.</summary>
    private const string RetryAfterSeconds = "5";

    public static async Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptionsMonitor<LogtoWebhookOptions>>().CurrentValue;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(LoggerName);
        using var activity = LogtoWebhookTelemetry.Source.StartActivity(LogtoWebhookTelemetry.ActivityName, ActivityKind.Internal);
        var (outcome, status, eventName) = await ReceiveAsync(context, options, logger).ConfigureAwait(false);
        LogtoWebhookTelemetry.Record(activity, eventName, outcome, status);
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds;
        }
    }

    private static async Task<(string Outcome, int Status, string? EventName)> ReceiveAsync(HttpContext context, LogtoWebhookOptions options, ILogger logger)
    {
        var cancellationToken = context.RequestAborted;
        var body = await ReadBodyAsync(context.Request, options.MaxBodySize, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            logger.LogWarning("Refused a Logto webhook delivery larger than {MaxBodySize} bytes.", options.MaxBodySize);
            return ("too_large", StatusCodes.Status413PayloadTooLarge, null);
        }

        var signature = context.Request.Headers[LogtoWebhookSignature.HeaderName].ToString();
        if (!LogtoWebhookSignature.Verify(body, signature.Length == 0 ? null : signature, options.SigningKeys))
        {
            logger.LogWarning(
                "Refused a Logto webhook delivery: its {Header} header is {Problem}.",
                LogtoWebhookSignature.HeaderName,
                signature.Length == 0 ? "missing" : "not the signature of its body under any configured signing key");
            return ("unauthorized", StatusCodes.Status401Unauthorized, null);
        }

        LogtoWebhookEvent parsed;
        try
        {
            parsed = LogtoWebhookEvent.Parse(body);
        }
        catch (LogtoWebhookPayloadException exception)
        {
            logger.LogWarning("Refused a signed Logto webhook delivery: {Reason}", exception.Message);
            return ("invalid", StatusCodes.Status400BadRequest, null);
        }

        var store = context.RequestServices.GetRequiredService<ILogtoWebhookDeliveryStore>();
        var key = options.DuplicateWindow > TimeSpan.Zero ? DeliveryKey(parsed, body) : null;
        if (key is not null)
        {
            var status = await store.TryClaimAsync(key, options.HandlerTimeout, cancellationToken).ConfigureAwait(false);
            if (status == LogtoWebhookDeliveryStatus.Handled)
            {
                logger.LogDebug("Logto webhook {Event} of {CreatedAt:O} was handled already.", parsed.EventName, parsed.CreatedAt);
                return ("duplicate", StatusCodes.Status200OK, parsed.EventName);
            }

            if (status == LogtoWebhookDeliveryStatus.InProgress)
            {
                logger.LogInformation("Logto webhook {Event} of {CreatedAt:O} arrived again while its handlers still run; asking Logto to retry.", parsed.EventName, parsed.CreatedAt);
                return ("in_progress", StatusCodes.Status503ServiceUnavailable, parsed.EventName);
            }
        }

        var dispatcher = context.RequestServices.GetRequiredService<LogtoWebhookDispatcher>();
        using var handlerTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        handlerTimeout.CancelAfter(options.HandlerTimeout);
        try
        {
            var ran = await dispatcher.DispatchAsync(context.RequestServices, parsed, handlerTimeout.Token).ConfigureAwait(false);
            logger.LogDebug("Logto webhook {Event} ran {Handlers} handlers.", parsed.EventName, ran);
        }
        catch (Exception exception)
        {
            if (key is not null)
            {
                await store.ReleaseAsync(key, CancellationToken.None).ConfigureAwait(false);
            }

            if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                logger.LogInformation("Logto webhook {Event} was cancelled: Logto dropped the connection.", parsed.EventName);
            }
            else if (exception is OperationCanceledException && handlerTimeout.IsCancellationRequested)
            {
                logger.LogError("The handlers of Logto webhook {Event} of {CreatedAt:O} took longer than {HandlerTimeout} and were cancelled.", parsed.EventName, parsed.CreatedAt, options.HandlerTimeout);
            }
            else
            {
                logger.LogError(exception, "A handler of Logto webhook {Event} of {CreatedAt:O} failed; Logto will deliver it again.", parsed.EventName, parsed.CreatedAt);
            }

            return ("failed", StatusCodes.Status500InternalServerError, parsed.EventName);
        }

        if (key is not null)
        {
            await store.CompleteAsync(key, options.DuplicateWindow, CancellationToken.None).ConfigureAwait(false);
        }

        return ("handled", StatusCodes.Status200OK, parsed.EventName);
    }

    /// <summary>The body, or null when it is larger than the limit (it is not read further then).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long maxBodySize, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBodySize)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 4096, maxBodySize) + 1);
        while (true)
        {
            var read = await request.Body.ReadAsync(buffer.GetMemory(4096), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBodySize)
            {
                return null;
            }
        }
    }

    /// <summary>Hook, event, creation time and the body's hash: the same delivery sent again has the same key.</summary>
    private static string DeliveryKey(LogtoWebhookEvent parsed, byte[] body) =>
        string.Join(
            ':',
            parsed.HookId ?? "-",
            parsed.EventName,
            parsed.CreatedAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToHexString(SHA256.HashData(body)).ToLowerInvariant());
}
