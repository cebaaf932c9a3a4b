using Logto.Generated.AspNetCore;
using Microsoft.Extensions.Options;

namespace Logto.Generated.Portal;

/// <summary>
/// The portal: the Management API client, the third-party applications service and its endpoint; and, when
/// <c>Logto:Webhooks:SigningKeys</c> holds a key, the webhook receiver at <c>POST /webhooks/logto</c>.
/// </summary>
public static class PortalHost
{
    /// <summary>Builds the portal, or returns null after writing which settings are missing.</summary>
    /// <param name="args">The command line, which may also carry settings (<c>--Logto:Endpoint=…</c>).</param>
    /// <param name="errors">Where to write the missing settings.</param>
    /// <returns>The application, not started; or null.</returns>
    public static WebApplication? Build(string[] args, TextWriter errors)
    {
        var builder = WebApplication.CreateBuilder(args);
        var logto = builder.Configuration.GetSection(PortalSettings.Section);
        if (PortalSettings.FindMissing(builder.Configuration) is { Count: > 0 } missing)
        {
            errors.WriteLine(PortalSettings.Describe(missing));
            return null;
        }

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

        var app = builder.Build();
        app.MapLogtoThirdPartyApplications("/api/applications");
        if (hearsWebhooks)
        {
            app.MapLogtoWebhooks("/webhooks/logto");
        }
        app.Lifetime.ApplicationStarted.Register(() => _ = WarmUpAsync(app));
        return app;
    }

    /// <summary>Loads the catalog as soon as the portal runs, so that the first user does not wait for it.</summary>
    private static async Task WarmUpAsync(WebApplication app)
    {
        try
        {
            await app.Services.GetRequiredService<IThirdPartyApplicationsService>().WarmUpAsync(app.Lifetime.ApplicationStopping).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            app.Logger.LogWarning(exception, "Loading the third-party applications catalog at start failed; the first request will try again.");
        }
        catch (OperationCanceledException)
        {
            // Stopped before the catalog was loaded.
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
