using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>
/// The token endpoint of a <see cref="MockLogto"/> made with <c>tokenEndpoint: true</c>: it issues <c>access-token-1</c>, <c>access-token-2</c>,
/// ... (the body shaped like the real token-response.json fixture), on a manual clock, with options pointing at both.
/// </summary>
internal sealed partial class MockLogto
{
    public const string TokenUrl = Origin + "/oidc/token";
    public const string ClientId = "m2m-client-id";
    public const string ClientSecret = "s3cret-Value_9f8e7d6c";
    public const string Resource = Origin + "/api";

    private readonly List<CapturedRequest> _tokenRequests = [];
    private int _issued;

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
        var options = new LogtoManagementOptions();
        Configure(options);
        configure?.Invoke(options);
        return options;
    }

    /// <summary>Sets the endpoint, the credentials and the manual clock.</summary>
    public void Configure(LogtoManagementOptions options)
    {
        options.Endpoint = new Uri(Origin);
        options.ClientId = ClientId;
        options.ClientSecret = ClientSecret;
        options.TimeProvider = Time;
    }

    /// <summary>Sends the API and token requests of the registration <paramref name="name"/> to <see cref="Handler"/>.</summary>
    public void Route(IServiceCollection services, string name = "")
    {
        services.AddHttpClient(LogtoManagementServiceCollectionExtensions.GetHttpClientName(name))
            .ConfigurePrimaryHttpMessageHandler(() => new SharedHandler(Handler));
        services.AddHttpClient(LogtoManagementServiceCollectionExtensions.GetTokenHttpClientName(name))
            .ConfigurePrimaryHttpMessageHandler(() => new SharedHandler(Handler));
    }

    public LogtoManagementClient CreateClient(ILoggerFactory? loggerFactory = null, Action<LogtoManagementOptions>? configure = null) =>
        LogtoManagementClient.Create(Options(configure), Handler, loggerFactory);

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
