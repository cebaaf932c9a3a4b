using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Logto.Generated.Testing;

/// <summary>The loopback transport: Kestrel on 127.0.0.1, every request answered by the fake.</summary>
internal sealed class FakeLogtoServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeLogtoServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<FakeLogtoServer> StartAsync(FakeLogtoEngine engine, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(context => AnswerAsync(engine, context));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new FakeLogtoServer(app, new Uri(app.Urls.First().TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task AnswerAsync(FakeLogtoEngine engine, HttpContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var headers = request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var call = new FakeCall(request.Method, request.Path.Value ?? "/", FakeQuery.Parse(request.QueryString.Value ?? string.Empty), body, request.ContentType, headers)
        {
            Origin = $"{request.Scheme}://{request.Host}",
        };
        var answer = await engine.HandleAsync(call, context.RequestAborted).ConfigureAwait(false);
        if (answer.ResetConnection)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = answer.Status;
        foreach (var group in answer.Headers.GroupBy(header => header.Key, StringComparer.OrdinalIgnoreCase))
        {
            context.Response.Headers.Append(group.Key, group.Select(header => header.Value).ToArray());
        }

        if (answer.BodyText is { } text)
        {
            context.Response.ContentType = FakeAnswer.JsonContentType;
            await context.Response.WriteAsync(text, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
