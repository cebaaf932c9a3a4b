using Logto.Generated.Portal;
using Logto.Generated.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Logto.Generated.AspNetCore.Tests.TestSupport;

/// <summary>
/// Several portal hosts (<see cref="PortalHost"/>, on Kestrel at 127.0.0.1) behind one <see cref="FakeLogto"/> and one
/// Redis, each with its own clock when given, their warnings captured. Each set uses a cache key prefix of its own, so
/// that runs sharing a Redis do not see each other's entries.
/// </summary>
internal sealed class PortalInstances : IAsyncDisposable
{
    private PortalInstances(IReadOnlyList<WebApplication> apps, LogLines logs)
    {
        Apps = apps;
        Logs = logs;
    }

    public IReadOnlyList<WebApplication> Apps { get; }

    public LogLines Logs { get; }

    public static async Task<PortalInstances> StartAsync(FakeLogto logto, string? redis, int count, Func<int, TimeProvider?>? clocks = null, params string[] extra)
    {
        var logs = new LogLines();
        var prefix = "test-" + Guid.NewGuid().ToString("N") + ":";
        var apps = new List<WebApplication>();
        for (var i = 0; i < count; i++)
        {
            using var errors = new StringWriter();
            var clock = clocks?.Invoke(i);
            var app = PortalHost.Build(
                PortalArguments.For(logto, ["--Logto:ThirdPartyApplications:CacheKeyPrefix=" + prefix, .. redis is null ? Array.Empty<string>() : ["--ConnectionStrings:Redis=" + redis], .. extra]),
                errors,
                services =>
                {
                    services.AddLogging(logging => logging.AddProvider(logs));
                    if (clock is not null)
                    {
                        services.AddSingleton(clock);
                    }
                });
            Assert.That(app, Is.Not.Null, errors.ToString());
            apps.Add(app!);
        }

        await Task.WhenAll(apps.Select(app => app.StartAsync()));
        return new PortalInstances(apps, logs);
    }

    public IThirdPartyApplicationsService Service(int index) => Apps[index].Services.GetRequiredService<IThirdPartyApplicationsService>();

    /// <summary>Waits until every instance holds a catalog and none is refreshing.</summary>
    public async Task WhenSettledAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Apps.Select((_, i) => Service(i).CatalogStatus).All(status => status.IsLoaded && status.NextRefreshAt is not null))
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the instances did not settle: " + string.Join(" | ", Logs.Lines));
            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in Apps)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
