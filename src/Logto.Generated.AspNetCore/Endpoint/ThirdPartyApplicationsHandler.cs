using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Logto.Generated.AspNetCore;

/// <summary>Serves <c>GET /api/applications</c>: token, then the user's third-party applications, in the seed's envelopes.</summary>
internal static class ThirdPartyApplicationsHandler
{
    public static async Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ThirdPartyApplicationsHandler).FullName!);
        var aborted = context.RequestAborted;
        try
        {
            var (status, envelope) = await AnswerAsync(context, logger, aborted).ConfigureAwait(false);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(context.Response.Body, envelope, Envelope.JsonOptions, aborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The caller went away: nobody to answer.
        }
    }

    private static async Task<(int Status, Envelope Envelope)> AnswerAsync(HttpContext context, ILogger logger, CancellationToken aborted)
    {
        string? userId;
        try
        {
            userId = await context.RequestServices.GetRequiredService<LogtoAccessTokenValidator>()
                .ValidateAsync(context.Request.Headers.Authorization, aborted).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !aborted.IsCancellationRequested)
        {
            logger.LogError(exception, "The signing keys of Logto access tokens could not be fetched.");
            return (StatusCodes.Status500InternalServerError, ExternalErrors.Describe(exception));
        }

        if (userId is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return (StatusCodes.Status401Unauthorized, Envelope.InvalidToken());
        }

        try
        {
            var applications = await context.RequestServices.GetRequiredService<IThirdPartyApplicationsService>().GetForUserAsync(userId, aborted).ConfigureAwait(false);
            return (StatusCodes.Status200OK, Envelope.Applications(applications));
        }
        catch (ArgumentException exception)
        {
            logger.LogWarning("Refused the user id of a valid access token: {Reason}", exception.Message);
            return (StatusCodes.Status500InternalServerError, Envelope.ValidationFailed("sub", userId));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !aborted.IsCancellationRequested)
        {
            logger.LogError(exception, "Listing the third-party applications of a user failed.");
            return (StatusCodes.Status500InternalServerError, ExternalErrors.Describe(exception));
        }
    }
}
