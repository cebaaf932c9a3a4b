using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace Logto.Generated.AspNetCore;

/// <summary>
/// Answers the endpoint's way when the bearer token does not do: the seed's 401 envelope for a missing or invalid token,
/// and the 500 <c>external_api_error</c> envelope when Logto's metadata or signing keys cannot be fetched.
/// </summary>
internal static class LogtoJwtBearerEvents
{
    /// <summary>
    /// Turns a failure that is not the token's fault (Logto's metadata unreachable) into a failed authentication instead
    /// of an unhandled exception, so that <see cref="ChallengeAsync"/> can answer it.
    /// </summary>
    public static Task AuthenticationFailedAsync(AuthenticationFailedContext context)
    {
        if (!IsTokenProblem(context.Exception))
        {
            Logger(context.HttpContext).LogError(context.Exception, "Logto's OpenID metadata or signing keys could not be fetched.");
            context.Fail(context.Exception);
        }

        return Task.CompletedTask;
    }

    public static async Task ChallengeAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var failure = await ExplainAsync(context).ConfigureAwait(false);
        if (failure is not null && !IsTokenProblem(failure))
        {
            Logger(context.HttpContext).LogError(failure, "Logto's OpenID metadata or signing keys could not be fetched.");
            await Envelopes.WriteAsync(context.HttpContext, StatusCodes.Status500InternalServerError, ExternalErrors.Describe(failure)).ConfigureAwait(false);
            return;
        }

        Logger(context.HttpContext).LogDebug("Rejected a request: {Reason}.", failure?.GetType().Name ?? "no bearer token");
        await Envelopes.WriteInvalidTokenAsync(context.HttpContext).ConfigureAwait(false);
    }

    /// <summary>
    /// Why authentication failed. The token handler reports Logto's keys as missing when it could not fetch them at all;
    /// asking the configuration manager (which answers from memory once it holds keys) tells that apart from a token
    /// signed with a key Logto never published.
    /// </summary>
    private static async Task<Exception?> ExplainAsync(JwtBearerChallengeContext context)
    {
        var failure = context.AuthenticateFailure;
        if (failure is SecurityTokenSignatureKeyNotFoundException && context.Options.ConfigurationManager is { } configuration)
        {
            try
            {
                await configuration.GetConfigurationAsync(context.HttpContext.RequestAborted).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return exception;
            }
        }

        return failure;
    }

    private static bool IsTokenProblem(Exception exception) => exception is SecurityTokenException or ArgumentException;

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ThirdPartyApplicationsHandler).FullName!);
}
