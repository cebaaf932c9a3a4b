using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>
/// A Logto tenant on MockHttp: a token endpoint that issues <c>access-token-1</c>, <c>access-token-2</c>, ... (the
/// body shaped like the real token-response.json fixture), a manual clock, and options pointing at both.
/// </summary>
internal sealed class LogtoStub : IDisposable
{
    public const string Endpoint = "https://tenant.logto.app";
    public const string TokenUrl = Endpoint + "/oidc/token";
    public const string ApiUrl = Endpoint + "/api/";
    public const string ClientId = "m2m-client-id";
    public const string ClientSecret = "s3cret-Value_9f8e7d6c";
    public const string Resource = "https://tenant.logto.app/api";

    private readonly List<CapturedRequest> _tokenRequests = [];
    private int _issued;

    public LogtoStub()
    {
        Handler.When(HttpMethod.Post, TokenUrl).Respond(IssueTokenAsync);
    }

    public MockHttpMessageHandler Handler { get; } = new();

    public ManualTimeProvider Time { get; } = new();

    /// <summary>The lifetime of issued tokens, in seconds.</summary>
    public int ExpiresIn { get; set; } = 3600;

    /// <summary>When set, token responses wait for it; <see cref="TokenRequested"/> tells when the first arrived.</summary>
    public TaskCompletionSource? TokenGate { get; set; }

    public TaskCompletionSource TokenRequested { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>When set, answers token requests instead of issuing tokens (its argument is the request number).</summary>
    public Func<int, HttpResponseMessage>? TokenFailure { get; set; }

    public IReadOnlyList<CapturedRequest> TokenRequests
    {
        get
        {
            lock (_tokenRequests)
            {
                return _tokenRequests.ToList();
            }
        }
    }

    public static string Token(int number) => $"access-token-{number}";

    public static HttpResponseMessage Json(HttpStatusCode status, string body, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    public LogtoManagementOptions Options(Action<LogtoManagementOptions>? configure = null)
    {
        var options = new LogtoManagementOptions
        {
            Endpoint = new Uri(Endpoint),
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            TimeProvider = Time,
        };
        configure?.Invoke(options);
        return options;
    }

    public LogtoManagementClient CreateClient(ILoggerFactory? loggerFactory = null, Action<LogtoManagementOptions>? configure = null) =>
        LogtoManagementClient.Create(Options(configure), Handler, loggerFactory);

    public void Dispose() => Handler.Dispose();

    private async Task<HttpResponseMessage> IssueTokenAsync(HttpRequestMessage request)
    {
        var captured = await CapturedRequest.FromAsync(request, Time.GetUtcNow());
        int number;
        lock (_tokenRequests)
        {
            _tokenRequests.Add(captured);
            number = _tokenRequests.Count;
        }

        TokenRequested.TrySetResult();
        if (TokenGate is { } gate)
        {
            await gate.Task;
        }

        if (TokenFailure?.Invoke(number) is { } failure)
        {
            return failure;
        }

        var body = Fixtures.RealLogto("token-response.json")
            .Replace("<redacted>", Token(Interlocked.Increment(ref _issued)), StringComparison.Ordinal)
            .Replace("3600", ExpiresIn.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return Json(HttpStatusCode.OK, body);
    }
}

/// <summary>What a request carried, read when it arrived.</summary>
internal sealed record CapturedRequest(HttpMethod Method, Uri? Uri, string? Authorization, string? ContentType, string? Body, DateTimeOffset At)
{
    public static async Task<CapturedRequest> FromAsync(HttpRequestMessage request, DateTimeOffset at) => new(
        request.Method,
        request.RequestUri,
        request.Headers.Authorization?.ToString(),
        request.Content?.Headers.ContentType?.ToString(),
        request.Content is null ? null : await request.Content.ReadAsStringAsync(),
        at);
}

/// <summary>Answers a MockHttp route from a queue of responses, recording each request it receives.</summary>
internal sealed class ResponseQueue(ManualTimeProvider time, params Func<HttpResponseMessage>[] responses)
{
    private readonly Queue<Func<HttpResponseMessage>> _responses = new(responses);
    private readonly List<CapturedRequest> _requests = [];

    public IReadOnlyList<CapturedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToList();
            }
        }
    }

    public async Task<HttpResponseMessage> RespondAsync(HttpRequestMessage request)
    {
        var captured = await CapturedRequest.FromAsync(request, time.GetUtcNow());
        lock (_requests)
        {
            _requests.Add(captured);
            return _responses.Count > 1 ? _responses.Dequeue()() : _responses.Peek()();
        }
    }
}
