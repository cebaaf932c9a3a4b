using Logto.Generated.AspNetCore.Tests.TestSupport;
using Logto.Generated.Portal;
using Logto.Generated.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.AspNetCore.Tests.Portal;

/// <summary>The portal's probes: live while it runs, ready once a fresh catalog is loaded and Logto answers.</summary>
public class PortalHealthTests
{
    [Test]
    public async Task Ready_is_unhealthy_until_the_catalog_loads_then_healthy_while_live_answers_throughout()
    {
        await using var logto = new FakeLogto();
        await logto.StartServerAsync();
        ThirdPartySeed.Application(logto, "a");
        var down = logto.InjectFault("ListApplications", FakeLogtoFault.Error(503, "service.unavailable", "Down for a moment."), int.MaxValue);
        var app = Build(logto);
        await using var _ = app;
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        var (liveStatus, _) = await GetAsync(client, "/healthz/live");
        var (notReadyStatus, notReady) = await GetAsync(client, "/healthz/ready");
        down.Dispose();
        var (readyStatus, ready) = await PollAsync(client, "/healthz/ready", status => status == 200);
        await app.StopAsync();

        Assert.That(liveStatus, Is.EqualTo(200));
        Assert.That(notReadyStatus, Is.EqualTo(503));
        Assert.That((string?)notReady["status"], Is.EqualTo("Unhealthy"));
        Assert.That((string?)notReady["checks"]!["catalog"]!["status"], Is.EqualTo("Unhealthy"));
        Assert.That((string?)notReady["checks"]!["catalog"]!["description"], Is.EqualTo("The third-party applications catalog is not loaded yet."));
        Assert.That((string?)notReady["checks"]!["logto"]!["status"], Is.EqualTo("Healthy"));
        Assert.That(readyStatus, Is.EqualTo(200));
        Assert.That((string?)ready["status"], Is.EqualTo("Healthy"));
        Assert.That((int?)ready["checks"]!["catalog"]!["data"]!["applications"], Is.EqualTo(1));
    }

    [Test]
    public async Task A_stale_catalog_is_degraded_with_the_reason_on_configured_paths()
    {
        await using var logto = new FakeLogto();
        await logto.StartServerAsync();
        ThirdPartySeed.Application(logto, "a");
        var app = Build(logto, "--Portal:Health:MaxCatalogAge=00:00:00.001", "--Portal:Health:ReadyPath=/ready", "--Portal:Health:LivePath=/live");
        await using var _ = app;
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        var (status, body) = await PollAsync(client, "/ready", code => code == 200);
        var (liveStatus, _) = await GetAsync(client, "/live");
        var (defaultPath, _) = await GetAsync(client, "/healthz/ready");
        await app.StopAsync();

        Assert.That(status, Is.EqualTo(200), "degraded still takes traffic: it serves the last good snapshot");
        Assert.That((string?)body["status"], Is.EqualTo("Degraded"));
        Assert.That((string?)body["checks"]!["catalog"]!["description"], Does.Contain("older than Portal:Health:MaxCatalogAge"));
        Assert.That(liveStatus, Is.EqualTo(200));
        Assert.That(defaultPath, Is.EqualTo(404));
    }

    private static WebApplication Build(FakeLogto logto, params string[] extra)
    {
        using var errors = new StringWriter();
        var app = PortalHost.Build(
            PortalArguments.For(logto, ["--Logto:MaxRetryAttempts=0", .. extra]),
            errors,
            services => services.ConfigureHttpClientDefaults(client => client.AddHttpMessageHandler(() => new AdminConsoleProbe())));
        Assert.That(app, Is.Not.Null, errors.ToString());
        return app!;
    }

    private static async Task<(int Status, JObject Body)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.StartsWith('{') ? JObject.Parse(text) : []);
    }

    private static async Task<(int Status, JObject Body)> PollAsync(HttpClient client, string path, Func<int, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var answer = await GetAsync(client, path);
            if (done(answer.Status) || DateTime.UtcNow > deadline)
            {
                return answer;
            }

            await Task.Delay(50);
        }
    }
}
