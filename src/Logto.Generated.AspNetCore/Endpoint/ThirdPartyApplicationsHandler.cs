using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Logto.Generated.AspNetCore;

/// <summary>
/// Serves <c>GET /api/applications</c> once ASP.NET Core authentication has accepted the caller's Logto access token:
/// the third-party applications of its user (<c>sub</c>), in the seed's envelopes.
/// </summary>
internal static class ThirdPartyApplicationsHandler
{
    public static async Task HandleAsync(HttpContext context)
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ThirdPartyApplicationsHandler).FullName!);
        var aborted = context.RequestAborted;
        try
        {
            var userId = context.User.FindFirst("sub")?.Value;
            if (string.IsNullOrEmpty(userId))
            {
                logger.LogDebug("Rejected an access token without a sub claim.");
                await Envelopes.WriteInvalidTokenAsync(context).ConfigureAwait(false);
                return;
            }

            var (status, envelope) = await AnswerAsync(context, userId, logger, aborted).ConfigureAwait(false);
            await Envelopes.WriteAsync(context, status, envelope).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The caller went away: nobody to answer.
        }
    }

    private static async Task<(int Status, Envelope Envelope)> AnswerAsync(HttpContext context, string userId, ILogger logger, CancellationToken aborted)
    {
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
            if (ExternalErrors.RetryAfter(exception) is { } seconds)
            {
                logger.LogWarning("Listing the third-party applications of a user failed: {Reason}", exception.Message);
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                logger.LogError(exception, "Listing the third-party applications of a user failed.");
            }

            return (StatusCodes.Status500InternalServerError, ExternalErrors.Describe(exception));
        }
    }
}
