using System.Diagnostics;
using Logto.Generated.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Logto.Generated.AspNetCore.Tests.Telemetry;

/// <summary>
/// The OpenTelemetry set-up of docs/observability.md, in an ASP.NET Core request on the test server: the client's
/// operation span and token span are recorded, as children of the request's span. Without ASP.NET Core's source, the
/// parent-based sampler drops them, because the request's activity (created for logging) is not recorded.
/// </summary>
public sealed class SpansInAWebAppTests
{
    [Test]
    public async Task With_the_ASP_NET_Core_source_the_operation_and_token_spans_are_recorded()
    {
        var spans = new List<Activity>();
        await using var app = await StartAsync(tracing => tracing
            .AddSource("Microsoft.AspNetCore")     // or AddAspNetCoreInstrumentation()
            .AddSource(LogtoTelemetry.ActivitySourceName)
            .AddInMemoryExporter(spans));

        var request = await app.CallAsync();

        var logto = spans.Where(span => span.Source.Name == LogtoTelemetry.ActivitySourceName && span.TraceId.ToHexString() == request.TraceId).ToList();
        var operation = logto.Single(span => span.DisplayName == "ListApplications");
        var token = logto.Single(span => span.DisplayName == "RequestToken");
        Assert.That(operation.ParentSpanId.ToHexString(), Is.EqualTo(request.SpanId), "the operation is a child of the request's span");
        Assert.That(token.ParentSpanId, Is.EqualTo(operation.SpanId), "the token request is a child of the operation that needed it");
        Assert.That(operation.GetTagItem("logto.operation.id"), Is.EqualTo("ListApplications"));
        Assert.That(operation.GetTagItem("http.response.status_code"), Is.EqualTo(200));
        Assert.That(token.GetTagItem("url.template"), Is.EqualTo("/oidc/token"));
        Assert.That(operation.Recorded && token.Recorded, Is.True);
    }

    [Test]
    public async Task Without_the_ASP_NET_Core_source_the_parent_based_sampler_drops_them()
    {
        var spans = new List<Activity>();
        await using var app = await StartAsync(tracing => tracing
            .AddSource(LogtoTelemetry.ActivitySourceName)
            .AddInMemoryExporter(spans));

        var request = await app.CallAsync();

        Assert.That(request.TraceId, Is.Not.Empty, "ASP.NET Core still created the request's activity, for logging");
        Assert.That(spans.Where(span => span.Source.Name == LogtoTelemetry.ActivitySourceName), Is.Empty);
    }

    [Test]
    public async Task In_a_worker_the_client_source_alone_records_root_spans()
    {
        var spans = new List<Activity>();
        await using var logto = new FakeLogto();
        await logto.StartServerAsync();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        AddLogto(builder.Services, logto);
        builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddSource(LogtoTelemetry.ActivitySourceName).AddInMemoryExporter(spans));
        using var host = builder.Build();
        await host.StartAsync();

        await host.Services.GetRequiredService<IApplicationsClient>().ListApplicationsAsync().GetPageAsync();
        await host.StopAsync();

        var operation = spans.Single(span => span.DisplayName == "ListApplications");
        Assert.That(operation.Parent, Is.Null);
        Assert.That(operation.ParentSpanId, Is.EqualTo(default(ActivitySpanId)));
        Assert.That(spans.Single(span => span.DisplayName == "RequestToken").ParentSpanId, Is.EqualTo(operation.SpanId));
    }

    private static void AddLogto(IServiceCollection services, FakeLogto logto) =>
        services.AddLogtoManagementApi(options =>
        {
            logto.Configure(options);
            options.MaxRetryAttempts = 0;
        });

    private static async Task<TracedApp> StartAsync(Action<TracerProviderBuilder> tracing)
    {
        var logto = new FakeLogto();
        await logto.StartServerAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        // A web app logs, as the default builder's console logger does: ASP.NET Core then creates the request's
        // activity even when no tracer records it.
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new DiscardingLoggerProvider());
        AddLogto(builder.Services, logto);
        builder.Services.AddOpenTelemetry().WithTracing(tracing);
        var app = builder.Build();
        app.MapGet("/apps", async (IApplicationsClient applications, CancellationToken ct) =>
        {
            var page = await applications.ListApplicationsAsync(cancellationToken: ct).GetPageAsync(cancellationToken: ct);
            var current = Activity.Current;
            return Results.Text($"{current?.TraceId.ToHexString()} {current?.SpanId.ToHexString()} {page.Items.Count}");
        });
        await app.StartAsync();
        return new TracedApp(app, logto);
    }

    private sealed class TracedApp(WebApplication app, FakeLogto logto) : IAsyncDisposable
    {
        private readonly HttpClient _client = app.GetTestClient();

        /// <summary>Calls the endpoint; returns the trace and span of the request's activity, as the endpoint saw them.</summary>
        public async Task<(string TraceId, string SpanId)> CallAsync()
        {
            var answer = (await _client.GetStringAsync("/apps")).Split(' ');
            return (answer[0], answer[1]);
        }

        public async ValueTask DisposeAsync()
        {
            _client.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
            await logto.DisposeAsync();
        }
    }

    private sealed class DiscardingLoggerProvider : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Discarding();

        public void Dispose()
        {
        }

        private sealed class Discarding : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
            }
        }
    }
}
