using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Logto.Generated.Testing;

namespace Logto.Generated.ContractTests;

/// <summary>
/// The Logto a scenario runs against: the fake by default; a real Logto when <c>LOGTO_ENDPOINT</c>,
/// <c>LOGTO_M2M_CLIENT_ID</c> and <c>LOGTO_M2M_CLIENT_SECRET</c> are set. Gives the typed client and a raw HTTP client
/// (bearer token set) for wire checks, makes unique names, and deletes what a scenario created.
/// </summary>
internal sealed class ContractTarget : IAsyncDisposable
{
    private readonly FakeLogto? _fake;
    private readonly LogtoManagementClient _client;
    private readonly List<string> _cleanup = [];

    private ContractTarget(FakeLogto? fake, LogtoManagementClient client, HttpClient http, Uri endpoint, string clientId, string clientSecret)
    {
        _fake = fake;
        _client = client;
        Http = http;
        Endpoint = endpoint;
        ClientId = clientId;
        ClientSecret = clientSecret;
    }

    public ILogtoManagementClient Client => _client;

    /// <summary>Raw HTTP to the target: <c>/api/...</c> with the bearer token, <c>/oidc/...</c> without.</summary>
    public HttpClient Http { get; }

    public Uri Endpoint { get; }

    public string ClientId { get; }

    public string ClientSecret { get; }

    public bool IsFake => _fake is not null;

    public static async Task<ContractTarget> CreateAsync()
    {
        var endpoint = Environment.GetEnvironmentVariable("LOGTO_ENDPOINT");
        var id = Environment.GetEnvironmentVariable("LOGTO_M2M_CLIENT_ID");
        var secret = Environment.GetEnvironmentVariable("LOGTO_M2M_CLIENT_SECRET");
        if (!string.IsNullOrEmpty(endpoint) && !string.IsNullOrEmpty(id) && !string.IsNullOrEmpty(secret))
        {
            var options = new LogtoManagementOptions { Endpoint = new Uri(endpoint), ClientId = id, ClientSecret = secret, Resource = Environment.GetEnvironmentVariable("LOGTO_RESOURCE") ?? LogtoManagementOptions.SelfHostedResource };
            var real = new HttpClient { BaseAddress = options.Endpoint };
            await AuthorizeAsync(real, id, secret, options.Resource);
            return new ContractTarget(null, LogtoManagementClient.Create(options), real, options.Endpoint, id, secret);
        }

        var fake = new FakeLogto();
        var http = new HttpClient(fake.CreateHandler()) { BaseAddress = fake.Endpoint };
        await AuthorizeAsync(http, fake.ClientId, fake.ClientSecret, FakeLogto.ManagementResource);
        return new ContractTarget(fake, fake.CreateManagementClient(), http, fake.Endpoint, fake.ClientId, fake.ClientSecret);
    }

    public static string Unique(string prefix) => prefix + "_" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>Deletes <paramref name="path"/> (such as <c>/api/users/{id}</c>) when the fixture ends.</summary>
    public void CleanUp(string path) => _cleanup.Add(path);

    public async Task<Answer> SendAsync(string method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            var json = body as JsonNode ?? JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(body));
            request.Content = new StringContent(json!.ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var headers = response.Headers.Concat(response.Content.Headers).ToDictionary(header => header.Key, header => header.Value.ToList(), StringComparer.OrdinalIgnoreCase);
        return new Answer((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), headers);
    }

    /// <summary>Creates an entity with a POST and schedules its deletion; returns its body.</summary>
    public async Task<JsonObject> CreateAsync(string collection, object body)
    {
        var answer = await SendAsync("POST", collection, body);
        Assert.That(answer.Status, Is.EqualTo(200).Or.EqualTo(201), answer.Text);
        var created = answer.Body!.AsObject();
        CleanUp(collection + "/" + (string)created["id"]!);
        return created;
    }

    public async Task<HttpResponseMessage> TokenAsync(IDictionary<string, string> form, string? secret = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/oidc/token") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(ClientId + ":" + (secret ?? ClientSecret))));
        using var anonymous = IsFake ? new HttpClient(_fake!.CreateHandler()) { BaseAddress = Endpoint } : new HttpClient { BaseAddress = Endpoint };
        return await anonymous.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var path in Enumerable.Reverse(_cleanup))
        {
            await SendAsync("DELETE", path);
        }

        _client.Dispose();
        Http.Dispose();
        if (_fake is not null)
        {
            await _fake.DisposeAsync();
        }
    }

    private static async Task AuthorizeAsync(HttpClient http, string id, string secret, string resource)
    {
        using var response = await http.PostAsync("/oidc/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["resource"] = resource, ["scope"] = "all", ["client_id"] = id, ["client_secret"] = secret,
        }));
        var token = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["access_token"]!;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }
}

/// <summary>A raw answer: status, JSON body, headers.</summary>
internal sealed record Answer(int Status, JsonNode? Body, Dictionary<string, List<string>> Headers)
{
    public string Text => Body?.ToJsonString() ?? "";

    public string? Code => Body is JsonObject error ? (string?)error["code"] : null;

    public JsonArray Items => Body!.AsArray();

    public string? Header(string name) => Headers.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;
}
