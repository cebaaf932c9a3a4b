using System.Text;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.Webhooks;

/// <summary>
/// One delivery of a Logto webhook: the fields every event carries, and the JSON as it arrived. Each event name reads
/// into its own sealed type (<see cref="UserCreatedEvent"/>, <see cref="OrganizationMembershipUpdatedEvent"/>,
/// <see cref="PostSignInEvent"/>, ...); a name this version does not know reads into an
/// <see cref="UnknownLogtoWebhookEvent"/>. Verify the signature (<see cref="LogtoWebhookSignature"/>) before parsing.
/// </summary>
public abstract class LogtoWebhookEvent
{
    private JObject _json = [];

    private protected LogtoWebhookEvent()
    {
    }

    /// <summary>The event's name, such as <c>User.Created</c> (see <see cref="LogtoWebhookEvents"/>).</summary>
    public string EventName { get; private set; } = "";

    /// <summary>When Logto raised the event (the delivery's <c>createdAt</c>, an ISO 8601 string).</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The id of the hook that sent the delivery.</summary>
    public string? HookId { get; private set; }

    /// <summary>The IP address of the request that caused the event (<c>ip</c>, or <c>userIp</c> on interaction events).</summary>
    public string? Ip { get; private set; }

    /// <summary>The user agent of the request that caused the event.</summary>
    public string? UserAgent { get; private set; }

    /// <summary>The path of the Management API request that caused a data event, such as <c>/users/abc</c> (no <c>/api</c> prefix).</summary>
    public string? Path { get; private set; }

    /// <summary>The HTTP method of the Management API request that caused a data event.</summary>
    public string? Method { get; private set; }

    /// <summary>The status Logto answered that request with.</summary>
    public int? Status { get; private set; }

    /// <summary>The route parameters of that request, such as <c>id</c> or <c>userId</c>; empty when there were none.</summary>
    public IReadOnlyDictionary<string, string> Params { get; private set; } = new Dictionary<string, string>();

    /// <summary>The route template that request matched, such as <c>/users/:userId</c>.</summary>
    public string? MatchedRoute { get; private set; }

    /// <summary>The delivery's JSON, exactly as it was parsed, for fields this type does not expose.</summary>
    public string RawJson { get; private set; } = "";

    /// <summary>
    /// Reads a delivery's raw body. Verify its signature first: parsing never checks it.
    /// </summary>
    /// <param name="body">The raw request body, UTF-8.</param>
    /// <returns>The typed event; an <see cref="UnknownLogtoWebhookEvent"/> for an event name this version does not know.</returns>
    /// <exception cref="LogtoWebhookPayloadException">The body is not a Logto event: not a JSON object, or without an <c>event</c> name or a <c>createdAt</c> time.</exception>
    public static LogtoWebhookEvent Parse(ReadOnlySpan<byte> body) => Parse(Encoding.UTF8.GetString(body));

    /// <summary>Reads a delivery's body. Verify its signature first: parsing never checks it.</summary>
    /// <param name="body">The request body.</param>
    /// <returns>The typed event; an <see cref="UnknownLogtoWebhookEvent"/> for an event name this version does not know.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="LogtoWebhookPayloadException">The body is not a Logto event: not a JSON object, or without an <c>event</c> name or a <c>createdAt</c> time.</exception>
    public static LogtoWebhookEvent Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var json = WebhookJson.ParseObject(body);
        if (json["event"] is not JValue { Type: JTokenType.String, Value: string { Length: > 0 } name })
        {
            throw new LogtoWebhookPayloadException("The body is not a Logto webhook event: it has no 'event' name.");
        }

        var createdAt = WebhookJson.Time(json, "createdAt")
            ?? throw new LogtoWebhookPayloadException($"The body is not a Logto webhook event: '{name}' has no readable 'createdAt' time.");
        var parsed = LogtoWebhookEventTypes.Create(name);
        parsed.EventName = name;
        parsed.CreatedAt = createdAt;
        parsed.HookId = WebhookJson.String(json, "hookId");
        parsed.Ip = WebhookJson.String(json, "ip") ?? WebhookJson.String(json, "userIp");
        parsed.UserAgent = WebhookJson.String(json, "userAgent");
        parsed.Path = WebhookJson.String(json, "path");
        parsed.Method = WebhookJson.String(json, "method");
        parsed.Status = WebhookJson.Integer(json, "status");
        parsed.Params = WebhookJson.Strings(json, "params");
        parsed.MatchedRoute = WebhookJson.String(json, "matchedRoute");
        parsed.RawJson = body;
        parsed._json = json;
        parsed.Read(json);
        return parsed;
    }

    /// <summary>Reads the fields of the concrete event type that it keeps; the common ones are read already.</summary>
    private protected virtual void Read(JObject json)
    {
    }

    /// <summary>A string field of the payload; null when absent or of another type.</summary>
    private protected string? Text(string name) => WebhookJson.String(_json, name);

    /// <summary>An integer field of the payload; null when absent or of another type.</summary>
    private protected int? Number(string name) => WebhookJson.Integer(_json, name);

    /// <summary>A list of strings in the payload; empty when absent or of another type.</summary>
    private protected IReadOnlyList<string> Texts(string name) => WebhookJson.List(_json, name);

    /// <summary>A model in the payload, read with the clients' settings; null when absent or unreadable.</summary>
    private protected T? Model<T>(string name)
        where T : class => WebhookJson.Model<T>(_json, name);

    /// <summary>The event name and time, never the payload.</summary>
    /// <returns>For example <c>User.Created at 2026-12-04T20:14:03.5770000+00:00</c>.</returns>
    public override string ToString() => $"{EventName} at {CreatedAt:O}";
}
