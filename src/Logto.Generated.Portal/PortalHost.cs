using Logto.Generated.AspNetCore;
using Microsoft.Extensions.Options;

namespace Logto.Generated.Portal;

/// <summary>
/// The portal: the Management API client, the third-party applications service and its endpoint; the probes
/// (<c>Portal:Health</c>: <c>/healthz/live</c>, <c>/healthz/ready</c>); and, when <c>Logto:Webhooks:SigningKeys</c>
/// holds a key, the webhook receiver at <c>POST /webhooks/logto</c>.
/// </summary>
public static class PortalHost
{
    /// <summary>The tag of the checks behind the readiness probe.</summary>
    private const string ReadyTag = "ready";

    /// <summary>Builds the portal, or returns null after writing which settings are missing.</summary>
    /// <param name="args">The command line, which may also carry settings (<c>--Logto:Endpoint=…</c>).</param>
    /// <param name="errors">Where to write the missing settings.</param>
    /// <returns>The application, not started; or null.</returns>
    public static WebApplication? Build(string[] args, TextWriter errors) => Build(args, errors, null);

    /// <summary>Builds the portal with more services, such as a test's clock or log capture, registered last.</summary>
    internal static WebApplication? Build(string[] args, TextWriter errors, Action<IServiceCollection>? configureServices)
    {
        var builder = WebApplication.CreateBuilder(args);
        var logto = builder.Configuration.GetSection(PortalSettings.Section);
        if (PortalSettings.FindMissing(builder.Configuration) is { Count: > 0 } missing)
        {
            errors.WriteLine(PortalSettings.Describe(missing));
            return null;
        }

        var shared = PortalCache.AddShared(builder.Services, builder.Configuration);
        PortalUserCache.Configure(builder.Services, builder.Configuration);
        builder.Services.AddLogtoManagementApi(logto);
        builder.Services.AddLogtoThirdPartyApplications(logto.GetSection("ThirdPartyApplications"));
        builder.Services.AddLogtoThirdPartyApplicationsEndpoint(logto);
        var webhooks = logto.GetSection("Webhooks");
        var hearsWebhooks = webhooks.GetSection("SigningKeys").GetChildren().Any(key => !string.IsNullOrWhiteSpace(key.Value));
        if (hearsWebhooks)
        {
            // Logto's user, membership and role events then invalidate the per-user cache.
            builder.Services.AddLogtoWebhooks(webhooks);
        }

        var health = builder.Configuration.GetSection(PortalHealthOptions.Section).Get<PortalHealthOptions>() ?? new PortalHealthOptions();
        builder.Services.AddOptions<PortalHealthOptions>().BindConfiguration(PortalHealthOptions.Section);
        builder.Services.AddHealthChecks()
            .AddCheck<CatalogHealthCheck>("catalog", tags: [ReadyTag])
            .AddLogtoManagementApi(configure: check => check.Tags.Add(ReadyTag));
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapLogtoThirdPartyApplications("/api/applications");
        if (hearsWebhooks)
        {
            app.MapLogtoWebhooks("/webhooks/logto");
        }

        app.MapHealthChecks(health.LivePath, HealthResponse.Probe(_ => false));
        app.MapHealthChecks(health.ReadyPath, HealthResponse.Probe(check => check.Tags.Contains(ReadyTag)));
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            app.Logger.LogInformation(shared
                ? "The catalog and user entries are shared through Redis (ConnectionStrings:Redis)."
                : "The catalog and user entries are kept in this instance's memory; set ConnectionStrings:Redis to share them between instances.");
            _ = WarmUpAsync(app);
        });
        return app;
    }

    /// <summary>
    /// Loads the catalog as soon as the portal runs, so that the first user does not wait for it, trying again after a
    /// failure (1 s, doubling up to 1 minute) until it is loaded: the readiness probe turns healthy then.
    /// </summary>
    private static async Task WarmUpAsync(WebApplication app)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        var service = app.Services.GetRequiredService<IThirdPartyApplicationsService>();
        var delay = TimeSpan.FromSeconds(1);
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await service.WarmUpAsync(stopping).ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                app.Logger.LogWarning(exception, "Loading the third-party applications catalog failed; trying again in {Delay}.", delay);
            }

            try
            {
                await Task.Delay(delay, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            delay = delay * 2 > TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : delay * 2;
        }
    }

    /// <summary>Runs the portal until it is stopped.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="errors">Where to write why the portal cannot start.</param>
    /// <returns>0 after a clean stop; 2 when settings are missing or invalid.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter errors)
    {
        var app = Build(args, errors);
        if (app is null)
        {
            return 2;
        }

        try
        {
            await app.RunAsync().ConfigureAwait(false);
            return 0;
        }
        catch (Exception exception) when (ValidationFailures(exception) is { Count: > 0 } failures)
        {
            errors.WriteLine("Logto.Generated.Portal cannot start: " + string.Join(" ", failures));
            return 2;
        }
    }

    /// <summary>The messages of the options that failed validation at start (one exception, or several at once).</summary>
    private static List<string> ValidationFailures(Exception exception) => exception switch
    {
        OptionsValidationException invalid => invalid.Failures.Distinct().ToList(),
        AggregateException several => several.InnerExceptions.OfType<OptionsValidationException>().SelectMany(invalid => invalid.Failures).Distinct().ToList(),
        _ => [],
    };
}
