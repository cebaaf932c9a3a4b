using Logto.Generated.AspNetCore;
using Logto.Generated.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Logto.Generated.ThirdPartyProbe;

/// <summary>The endpoint as an application hosts it (Management API client, service, JwtBearer), on loopback Kestrel.</summary>
internal sealed class PortalUnderLoad : IAsyncDisposable
{
    public const string Audience = "https://portal.example.com/api";

    private readonly WebApplication _app;

    private PortalUnderLoad(WebApplication app)
    {
        _app = app;
        Client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(app.Urls.Single()) };
    }

    public HttpClient Client { get; }

    public IThirdPartyApplicationsService Service => _app.Services.GetRequiredService<IThirdPartyApplicationsService>();

    /// <param name="logto">The fake Logto, on loopback (the client reaches it over HTTP, not through its in-process handler).</param>
    /// <param name="userCacheTimeToLive">The per-user cache (the portal's default with webhooks: 60 s), or zero for none.</param>
    public static async Task<PortalUnderLoad> StartAsync(FakeLogto logto, TimeSpan userCacheTimeToLive = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        // The endpoint, the seeded machine-to-machine credentials and the Management API resource.
        builder.Services.AddLogtoManagementApi(options => logto.Configure(options));
        builder.Services.AddLogtoThirdPartyApplications(options => options.UserCacheTimeToLive = userCacheTimeToLive);
        builder.Services.AddLogtoThirdPartyApplicationsEndpoint(options =>
        {
            options.Audience = Audience;
            options.RequireHttpsMetadata = false;
        });
        var app = builder.Build();
        app.MapLogtoThirdPartyApplications();
        await app.StartAsync();
        return new PortalUnderLoad(app);
    }

    /// <summary>One <c>GET /api/applications</c>; its status and how many applications came back.</summary>
    public async Task<int> GetAsync(string token, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/applications");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await Client.SendAsync(request, cancellationToken);
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return (int)response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
