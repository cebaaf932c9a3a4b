using System.Text.Json;
using Logto.Generated.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Logto.Generated.AspNetCore.Tests.TestSupport;

/// <summary>
/// A Logto on loopback (Kestrel, 127.0.0.1, a free port): <c>/oidc/.well-known/openid-configuration</c> names the
/// issuer and <c>/oidc/jwks</c>, which publishes the current signing keys;
/// <c>/oidc/token</c> and the Management API routes are answered by a <see cref="FakeLogtoTenant"/>.
/// </summary>
internal sealed class StubLogto : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _jwksRequests;
    private int _metadataRequests;

    private StubLogto(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public FakeLogtoTenant Tenant { get; } = new();

    /// <summary>The keys published in <c>/oidc/jwks</c>.</summary>
    public List<TestSigningKey> PublishedKeys { get; } = [new TestSigningKey("key-1")];

    /// <summary>Answer 503 to <c>/oidc/jwks</c>.</summary>
    public bool JwksUnavailable { get; set; }

    public Uri Endpoint { get; }

    public string Issuer => Endpoint.AbsoluteUri.TrimEnd('/') + "/oidc";

    public int JwksRequests => Volatile.Read(ref _jwksRequests);

    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    /// <summary>The Management API requests (<c>/api/...</c>) so far.</summary>
    public IReadOnlyList<string> ApiRequests => Tenant.Requests.Where(request => request.Contains(" /api/", StringComparison.Ordinal)).ToList();

    public static async Task<StubLogto> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        StubLogto? stub = null;
        app.Run(context => stub!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Urls.Single();
        stub = new StubLogto(app, new Uri(address + "/"));
        return stub;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var pathAndQuery = context.Request.Path + context.Request.QueryString;
        if (context.Request.Path == "/oidc/.well-known/openid-configuration")
        {
            Interlocked.Increment(ref _metadataRequests);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["jwks_uri"] = Issuer + "/jwks",
                ["authorization_endpoint"] = Issuer + "/auth",
                ["token_endpoint"] = Issuer + "/token",
                ["id_token_signing_alg_values_supported"] = new[] { "ES384" },
            }));
            return;
        }

        if (context.Request.Path == "/oidc/jwks")
        {
            Interlocked.Increment(ref _jwksRequests);
            context.Response.StatusCode = JwksUnavailable ? 503 : 200;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(JsonSerializer.Serialize(new { keys = PublishedKeys.Select(key => key.PublicJwk) }));
            return;
        }

        var answer = await Tenant.HandleAsync(context.Request.Method, pathAndQuery);
        context.Response.StatusCode = answer.Status;
        foreach (var header in answer.Headers)
        {
            context.Response.Headers[header.Key] = header.Value;
        }

        await context.Response.WriteAsync(answer.Body);
    }
}
