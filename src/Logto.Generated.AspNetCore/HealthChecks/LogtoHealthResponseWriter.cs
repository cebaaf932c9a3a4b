using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Logto.Generated.AspNetCore;

/// <summary>
/// A health endpoint's response writer that shows each check, not only the overall status:
/// <c>app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = LogtoHealthResponseWriter.WriteAsync })</c>.
/// </summary>
public static class LogtoHealthResponseWriter
{
    private const string Redacted = "[redacted]";

    /// <summary>Data keys whose values are never written, whatever check reports them.</summary>
    private static readonly string[] SecretKeyParts = ["secret", "password", "token", "apikey", "api_key", "authorization", "credential", "connectionstring"];

    /// <summary>
    /// Writes the report as JSON: the overall <c>status</c> and <c>durationMs</c>, and under <c>checks</c> each check's
    /// <c>status</c>, <c>description</c>, <c>durationMs</c>, <c>tags</c>, <c>data</c> and the type of its exception, if
    /// any (never the exception's message or stack). No secret is written: a data value whose key names a secret
    /// (<c>secret</c>, <c>password</c>, <c>token</c>, ...) is replaced by <c>[redacted]</c>, and so is the client secret
    /// of every Logto client registered with <c>AddLogtoManagementApi</c>, wherever a description or value holds it.
    /// </summary>
    /// <param name="context">The request's context; the JSON is written to its response.</param>
    /// <param name="report">The report of the health checks.</param>
    /// <returns>A task that completes when the response is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> or <paramref name="report"/> is null.</exception>
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var secrets = ConfiguredSecrets(context.RequestServices, report);
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteNumber("durationMs", Math.Round(report.TotalDuration.TotalMilliseconds, 1));
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            WriteText(json, "description", entry.Description, secrets);
            json.WriteNumber("durationMs", Math.Round(entry.Duration.TotalMilliseconds, 1));
            json.WriteStartArray("tags");
            foreach (var tag in entry.Tags)
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
            json.WriteStartObject("data");
            foreach (var (key, value) in entry.Data)
            {
                WriteValue(json, key, value, secrets);
            }

            json.WriteEndObject();
            if (entry.Exception is { } exception)
            {
                json.WriteString("exception", exception.GetType().FullName);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static void WriteValue(Utf8JsonWriter json, string key, object? value, IReadOnlyList<string> secrets)
    {
        if (SecretKeyParts.Any(part => key.Contains(part, StringComparison.OrdinalIgnoreCase)))
        {
            json.WriteString(key, Redacted);
            return;
        }

        switch (value)
        {
            case null:
                json.WriteNull(key);
                break;
            case bool flag:
                json.WriteBoolean(key, flag);
                break;
            case int or long or short or byte or uint or ulong or ushort or sbyte or double or float or decimal:
                json.WriteNumber(key, Convert.ToDecimal(value, CultureInfo.InvariantCulture));
                break;
            case IFormattable formattable:
                WriteText(json, key, formattable.ToString(null, CultureInfo.InvariantCulture), secrets);
                break;
            default:
                WriteText(json, key, value.ToString(), secrets);
                break;
        }
    }

    private static void WriteText(Utf8JsonWriter json, string key, string? text, IReadOnlyList<string> secrets)
    {
        if (text is null)
        {
            json.WriteNull(key);
            return;
        }

        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Redacted, StringComparison.Ordinal);
        }

        json.WriteString(key, text);
    }

    /// <summary>The client secrets of the unnamed Logto client and of every named one a check of the report names.</summary>
    private static List<string> ConfiguredSecrets(IServiceProvider? services, HealthReport report)
    {
        var secrets = new List<string>();
        if (services?.GetService<IOptionsMonitor<LogtoManagementOptions>>() is not { } options)
        {
            return secrets;
        }

        var names = report.Entries.Values
            .Select(entry => entry.Data.TryGetValue("client", out var client) ? client as string : null)
            .Where(name => name is not null && name != "(unnamed)")
            .Prepend(Options.DefaultName)
            .Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            try
            {
                if (options.Get(name).ClientSecret is { Length: > 0 } secret)
                {
                    secrets.Add(secret);
                }
            }
            catch (OptionsValidationException)
            {
                // No such client (the unnamed one may not exist), or it is misconfigured: then it has no check to report.
            }
        }

        return secrets;
    }
}
