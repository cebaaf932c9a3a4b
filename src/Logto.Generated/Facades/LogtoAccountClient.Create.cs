using Microsoft.Extensions.Logging;

namespace Logto.Generated;

public partial class LogtoAccountClient
{
    /// <summary>
    /// Creates an Account API client without dependency injection. It sends a signed-in user's access token, from
    /// <paramref name="userAccessTokens"/>, as <c>Authorization: Bearer</c> and asks for a new one once when Logto
    /// answers 401, with the same retries, timeouts, logging and telemetry as <see cref="LogtoManagementClient"/>. It owns
    /// its connections: dispose it when done. For one client per user or per request, pass a shared
    /// <c>primaryHandler</c> (see the other overload) or use <see cref="ILogtoAccountClientFactory"/>.
    /// </summary>
    /// <param name="options">The endpoint and pipeline settings.</param>
    /// <param name="userAccessTokens">The user's access tokens (for the Account API resource), e.g. from <see cref="LogtoTokenSource.FromDelegate"/>.</param>
    /// <param name="loggerFactory">Receives the client's log lines; none when null.</param>
    /// <returns>The client; dispose it when done.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="userAccessTokens"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message names each bad option.</exception>
    public static LogtoAccountClient Create(LogtoClientOptions options, ILogtoTokenSource userAccessTokens, ILoggerFactory? loggerFactory = null) =>
        Create(LogtoManagementSettings.FromPipeline(options, nameof(options)), userAccessTokens, primaryHandler: null, loggerFactory);

    /// <summary>
    /// Creates an Account API client, as <see cref="Create(LogtoClientOptions, ILogtoTokenSource, ILoggerFactory?)"/> does,
    /// that sends its requests through <paramref name="primaryHandler"/>: share one handler (a <see cref="SocketsHttpHandler"/>,
    /// say) between the clients of many users. Disposing the client disposes what it created, not
    /// <paramref name="primaryHandler"/>: that stays yours.
    /// </summary>
    /// <param name="options">The endpoint and pipeline settings.</param>
    /// <param name="userAccessTokens">The user's access tokens (for the Account API resource).</param>
    /// <param name="primaryHandler">The innermost handler, which sends requests to the network.</param>
    /// <param name="loggerFactory">Receives the client's log lines; none when null.</param>
    /// <returns>The client; dispose it when done.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/>, <paramref name="userAccessTokens"/> or <paramref name="primaryHandler"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message names each bad option.</exception>
    public static LogtoAccountClient Create(LogtoClientOptions options, ILogtoTokenSource userAccessTokens, HttpMessageHandler primaryHandler, ILoggerFactory? loggerFactory = null)
    {
        var settings = LogtoManagementSettings.FromPipeline(options, nameof(options));
        ArgumentNullException.ThrowIfNull(primaryHandler);
        return Create(settings, userAccessTokens, primaryHandler, loggerFactory);
    }

    private static LogtoAccountClient Create(LogtoManagementSettings settings, ILogtoTokenSource userAccessTokens, HttpMessageHandler? primaryHandler, ILoggerFactory? loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(userAccessTokens);
        var http = LogtoOwnedHttp.On(settings, primaryHandler, loggerFactory);
        return new LogtoAccountClient(http.CreateApiClient(userAccessTokens)) { _owned = http };
    }
}
