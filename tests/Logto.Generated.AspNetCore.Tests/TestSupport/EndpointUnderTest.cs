using Logto.Generated.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Logto.Generated.AspNetCore.Tests.TestSupport;

/// <summary>
/// An application that uses the endpoint as a user would (AddLogtoManagementApi, AddLogtoThirdPartyApplications,
/// AddLogtoThirdPartyApplicationsEndpoint, MapLogtoThirdPartyApplications), on Kestrel at 127.0.0.1, against a
/// <see cref="FakeLogto"/> on loopback (its machine-to-machine application <c>m2m-app</c>); with an HTTP client
/// pointed at it.
/// </summary>
internal sealed class EndpointUnderTest : IAsyncDisposable
{
    public const string Audience = "https://portal.example.com/api";
    public const string ClientSecret = "m2m-secret-value-never-shown";

    private readonly WebApplication _app;

    private EndpointUnderTest(WebApplication app, FakeLogto logto, HttpClient client)
    {
        _app = app;
        Logto = logto;
        Client = client;
    }

    public FakeLogto Logto { get; }

    public HttpClient Client { get; }

    public static async Task<EndpointUnderTest> StartAsync(
        Action<ThirdPartyApplicationsOptions>? configure = null,
        Action<IServiceCollection>? services = null,
        Action<IEndpointConventionBuilder>? endpoint = null)
    {
        var logto = new FakeLogto(new FakeLogtoOptions { ClientId = "m2m-app", ClientSecret = ClientSecret });
        await logto.StartServerAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddLogtoManagementApi(options =>
        {
            logto.Configure(options);
            options.MaxRetryAttempts = 0;
        });
        builder.Services.AddLogtoThirdPartyApplications(options =>
        {
            options.StateFactory = applicationId => "state-" + applicationId;
            configure?.Invoke(options);
        });
        builder.Services.AddLogtoThirdPartyApplicationsEndpoint(options =>
        {
            options.Audience = Audience;
            options.RequireHttpsMetadata = false;
        });
        services?.Invoke(builder.Services);
        var app = builder.Build();
        var mapped = app.MapLogtoThirdPartyApplications("/api/applications");
        endpoint?.Invoke(mapped);
        await app.StartAsync();
        var address = app.Urls.Single();
        return new EndpointUnderTest(app, logto, new HttpClient { BaseAddress = new Uri(address) });
    }

    /// <summary>A user access token of <paramref name="userId"/> for the endpoint's audience, as the fake Logto issues it.</summary>
    public string TokenFor(string userId) => Logto.IssueUserAccessToken(userId, Audience);

    /// <summary>The Management API requests (<c>/api/...</c>) the fake received so far, as <c>GET /api/users/u1/roles</c>.</summary>
    public IReadOnlyList<string> ApiRequests => Logto.Requests.Where(request => request.Path.StartsWith("/api/", StringComparison.Ordinal)).Select(request => request.ToString()).ToList();

    public async Task<(HttpResponseMessage Response, string Body)> GetAsync(string? bearerToken, string path = "/api/applications")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (bearerToken is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + bearerToken);
        }

        var response = await Client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Logto.DisposeAsync();
    }
}
