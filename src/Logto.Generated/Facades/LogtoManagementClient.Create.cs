using Microsoft.Extensions.Logging;

namespace Logto.Generated;

public partial class LogtoManagementClient
{
    /// <summary>
    /// Creates a client without dependency injection, with the same pipeline as
    /// <see cref="LogtoManagementServiceCollectionExtensions.AddLogtoManagementApi(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{LogtoManagementOptions})"/>:
    /// token cache, bearer authentication with one renewal on 401, retries, timeouts and logging. Create one client
    /// and reuse it for the life of the application: it owns its connections and its token cache, and disposing it
    /// closes them.
    /// </summary>
    /// <param name="options">The endpoint, credentials and pipeline settings.</param>
    /// <param name="loggerFactory">Receives the client's log lines; none when null.</param>
    /// <returns>The client; dispose it when the application no longer needs it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message names each bad option.</exception>
    public static LogtoManagementClient Create(LogtoManagementOptions options, ILoggerFactory? loggerFactory = null)
    {
        var settings = LogtoManagementSettings.From(options, nameof(options));
        return CreateOn(LogtoOwnedHttp.On(settings, primaryHandler: null, loggerFactory));
    }

    /// <summary>
    /// Creates a client without dependency injection that sends its requests, token requests included, through
    /// <paramref name="primaryHandler"/> (a proxy-aware or test handler, say). Disposing the client disposes what it
    /// created, not <paramref name="primaryHandler"/>: that stays yours.
    /// </summary>
    /// <param name="options">The endpoint, credentials and pipeline settings.</param>
    /// <param name="primaryHandler">The innermost handler, which sends requests to the network.</param>
    /// <param name="loggerFactory">Receives the client's log lines; none when null.</param>
    /// <returns>The client; dispose it when the application no longer needs it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="primaryHandler"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message names each bad option.</exception>
    public static LogtoManagementClient Create(LogtoManagementOptions options, HttpMessageHandler primaryHandler, ILoggerFactory? loggerFactory = null)
    {
        var settings = LogtoManagementSettings.From(options, nameof(options));
        ArgumentNullException.ThrowIfNull(primaryHandler);
        return CreateOn(LogtoOwnedHttp.On(settings, primaryHandler, loggerFactory));
    }

    /// <param name="http">The pipeline and what the client owns; the token and API chains share its primary handler.</param>
    internal static LogtoManagementClient CreateOn(LogtoOwnedHttp http)
    {
        var settings = http.Pipeline.Settings;
        var tokenSource = settings.TokenSource;
        if (tokenSource is null)
        {
            var tokenClient = http.CreateClient(http.Pipeline.CreateTokenHandlers());
            tokenSource = new ClientCredentialsTokenProvider(() => tokenClient, settings, http.Pipeline.TimeProvider, http.Pipeline.AuthenticationLogger);
        }

        return new LogtoManagementClient(http.CreateApiClient(tokenSource)) { _owned = http };
    }
}
