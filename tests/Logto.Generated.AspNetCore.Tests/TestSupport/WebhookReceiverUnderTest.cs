using Logto.Generated.Tests.TestSupport;
using Logto.Generated.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Logto.Generated.AspNetCore.Tests.TestSupport;

/// <summary>An application with the webhook receiver at /webhooks/logto, on the ASP.NET Core test server.</summary>
internal sealed class WebhookReceiverUnderTest : IAsyncDisposable
{
    public const string SigningKey = "MURV3FWNRqnePoLsx6MN0mdXTnkwdL8Y";

    private readonly WebApplication _app;

    private WebhookReceiverUnderTest(WebApplication app, CapturingLoggerProvider logs)
    {
        _app = app;
        Logs = logs;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => _app.Services;

    public static string WebhooksDirectory => Path.Combine(Fixtures.SharedDirectory, "fixtures", "real-logto", "webhooks");

    public static byte[] Fixture(string delivery) => File.ReadAllBytes(Path.Combine(WebhooksDirectory, delivery + ".json"));

    public static async Task<WebhookReceiverUnderTest> StartAsync(
        Action<LogtoWebhooksBuilder> handlers,
        Action<LogtoWebhookOptions>? configure = null,
        Action<IServiceCollection>? services = null)
    {
        var logs = new CapturingLoggerProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        services?.Invoke(builder.Services);
        handlers(builder.Services.AddLogtoWebhooks(options =>
        {
            options.SigningKeys.Add(SigningKey);
            configure?.Invoke(options);
        }));
        var app = builder.Build();
        app.MapLogtoWebhooks();
        await app.StartAsync();
        return new WebhookReceiverUnderTest(app, logs);
    }

    /// <summary>Posts <paramref name="body"/> as Logto does, signed with <paramref name="signingKey"/> (none when null).</summary>
    public async Task<HttpResponseMessage> DeliverAsync(byte[] body, string? signingKey = SigningKey, string path = "/webhooks/logto")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        if (signingKey is not null)
        {
            request.Headers.TryAddWithoutValidation(LogtoWebhookSignature.HeaderName, LogtoWebhookSignature.Sign(body, signingKey));
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
