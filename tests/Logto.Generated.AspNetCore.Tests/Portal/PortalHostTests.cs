using Logto.Generated.AspNetCore.Tests.TestSupport;
using Logto.Generated.Portal;
using Logto.Generated.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Logto.Generated.AspNetCore.Tests.Portal;

/// <summary>The runnable host: its settings and the endpoint it serves.</summary>
public class PortalHostTests
{
    [Test]
    public async Task Without_settings_it_exits_naming_each_missing_one()
    {
        using var errors = new StringWriter();

        var exitCode = await PortalHost.RunAsync(["--urls=http://127.0.0.1:0"], errors);

        Assert.That(exitCode, Is.EqualTo(2));
        var message = errors.ToString();
        Assert.That(message, Does.Contain("Logto.Generated.Portal cannot start"));
        foreach (var setting in new[] { "Endpoint", "ClientId", "ClientSecret", "Audience" })
        {
            Assert.That(message, Does.Contain($"Logto:{setting} (environment variable Logto__{setting})"));
        }
    }

    [Test]
    public async Task With_only_some_settings_it_names_just_the_missing_ones()
    {
        using var errors = new StringWriter();

        var exitCode = await PortalHost.RunAsync(["--urls=http://127.0.0.1:0", "--Logto:Endpoint=https://tenant.logto.app", "--Logto:ClientId=m2m"], errors);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(errors.ToString(), Does.Contain("Logto:ClientSecret").And.Contain("Logto:Audience").And.Not.Contain("Logto:Endpoint (").And.Not.Contain("Logto:ClientId ("));
    }

    [Test]
    public async Task An_invalid_setting_is_reported_when_it_starts()
    {
        using var errors = new StringWriter();

        var exitCode = await PortalHost.RunAsync(
            ["--urls=http://127.0.0.1:0", "--Logto:Endpoint=http://127.0.0.1:9/", "--Logto:ClientId=m2m", "--Logto:ClientSecret=s3cr3t-value", "--Logto:Audience=https://portal.example.com/api"],
            errors);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(errors.ToString(), Does.Contain("LogtoManagementOptions.Resource").And.Not.Contain("s3cr3t-value"));
    }

    [Test]
    public async Task Configured_it_serves_the_endpoint()
    {
        await using var logto = new FakeLogto();
        await logto.StartServerAsync();
        var user = logto.Seed.User("u1");
        var application = ThirdPartySeed.Application(logto, "a");
        logto.ClearRequests();
        using var errors = new StringWriter();
        var app = PortalHost.Build(
            PortalArguments.For(logto, "--Logto:ThirdPartyApplications:ExtraScopes:0=offline_access"),
            errors)!;
        Assert.That(app, Is.Not.Null, errors.ToString());
        await using var _ = app;
        await app.StartAsync();
        for (var attempt = 0; attempt < 1000 && !app.Services.GetRequiredService<IThirdPartyApplicationsService>().CatalogStatus.IsLoaded; attempt++)
        {
            await Task.Delay(10);
        }

        var catalogRequests = logto.Requests.Count(request => request.Path.StartsWith("/api/", StringComparison.Ordinal));
        var address = app.Urls.Single();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/applications");
        request.Headers.Add("Authorization", "Bearer " + logto.IssueUserAccessToken(user, EndpointUnderTest.Audience));

        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        await app.StopAsync();

        Assert.That(catalogRequests, Is.EqualTo(3), "the catalog was loaded at start: list, sign-in experience, consent scopes");
        Assert.That((int)response.StatusCode, Is.EqualTo(200), body);
        Assert.That(body, Does.StartWith($$"""{"code":200,"message":"Applications retrieved successfully","data":[{"id":"{{application}}","""));
        Assert.That(body, Does.Contain($"\"login_url\":\"{logto.Endpoint}oidc/auth?client_id={application}&").And.Contain("&scope=openid+offline_access&state="));
    }
}
