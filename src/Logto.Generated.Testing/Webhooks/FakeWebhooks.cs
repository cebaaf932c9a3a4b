using Logto.Generated.Webhooks;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Logto.Generated.Testing;

/// <summary>
/// Sends the data events a request raised to every enabled hook subscribed to them, in the shape of
/// <c>fixtures/real-logto/webhooks</c>, signed with <c>LogtoWebhookSignature.Sign</c>.
/// </summary>
internal sealed class FakeWebhooks : IDisposable
{
    private readonly FakeState _state;
    private readonly List<FakeLogtoDelivery> _deliveries = [];
    private HttpMessageInvoker? _network;

    public FakeWebhooks(FakeState state)
    {
        _state = state;
    }

    /// <summary>Receives the deliveries instead of the network, when set.</summary>
    public HttpMessageHandler? Handler { get; set; }

    public IReadOnlyList<FakeLogtoDelivery> Deliveries
    {
        get
        {
            lock (_deliveries)
            {
                return _deliveries.ToList();
            }
        }
    }

    public async Task DeliverAsync(FakeCall call, int status, CancellationToken cancellationToken)
    {
        if (call.Events.Count == 0)
        {
            return;
        }

        List<(string Id, string Url, string Key, HashSet<string> Events)> hooks;
        lock (_state.Lock)
        {
            hooks = _state.Hooks.Newest().Where(hook => (bool?)hook["enabled"] != false)
                .Select(hook => ((string)hook["id"]!, (string)hook["config"]!["url"]!, (string)hook["signingKey"]!,
                    (hook["events"] as JsonArray ?? []).Select(item => (string)item!).ToHashSet(StringComparer.Ordinal)))
                .ToList();
        }

        foreach (var raised in call.Events)
        {
            foreach (var hook in hooks.Where(hook => hook.Events.Contains(raised.Name)))
            {
                var body = Encoding.UTF8.GetBytes(Payload(call, status, raised, hook.Id).ToJsonString());
                var signature = LogtoWebhookSignature.Sign(body, hook.Key);
                var delivered = await SendAsync(new Uri(hook.Url), body, signature, cancellationToken).ConfigureAwait(false);
                lock (_deliveries)
                {
                    _deliveries.Add(new FakeLogtoDelivery(hook.Id, raised.Name, new Uri(hook.Url), Encoding.UTF8.GetString(body), signature, delivered));
                }
            }
        }
    }

    public void Dispose() => _network?.Dispose();

    private JsonObject Payload(FakeCall call, int status, FakeEvent raised, string hookId)
    {
        var parameters = new JsonObject();
        foreach (var value in call.RouteValues)
        {
            parameters[value.Key] = value.Value;
        }

        var payload = new JsonObject
        {
            ["event"] = raised.Name,
            ["createdAt"] = _state.Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["userAgent"] = call.Headers.GetValueOrDefault("User-Agent") ?? string.Empty,
            ["ip"] = "127.0.0.1",
            ["path"] = call.Path.StartsWith("/api/", StringComparison.Ordinal) ? call.Path[4..] : call.Path,
            ["method"] = call.Method,
            ["status"] = status,
            ["params"] = parameters,
            ["matchedRoute"] = call.MatchedRoute,
        };
        if (raised.Extra is null || raised.Data is not null)
        {
            payload["data"] = raised.Data?.DeepClone();
        }

        foreach (var extra in raised.Extra ?? [])
        {
            payload[extra.Key] = extra.Value?.DeepClone();
        }

        payload["hookId"] = hookId;
        return payload;
    }

    private async Task<int> SendAsync(Uri url, byte[] body, string signature, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation(LogtoWebhookSignature.HeaderName, signature);
        request.Headers.TryAddWithoutValidation("User-Agent", "Logto (https://logto.io/)");
        var invoker = Handler is { } handler ? new HttpMessageInvoker(handler, disposeHandler: false) : _network ??= new HttpMessageInvoker(new SocketsHttpHandler());
        try
        {
            using var response = await invoker.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
        finally
        {
            if (!ReferenceEquals(invoker, _network))
            {
                invoker.Dispose();
            }
        }
    }
}
