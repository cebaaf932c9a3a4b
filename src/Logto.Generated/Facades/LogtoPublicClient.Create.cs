using Microsoft.Extensions.Logging;

namespace Logto.Generated;

public partial class LogtoPublicClient
{
    /// <summary>
    /// Creates a client for the operations that take no token, without dependency injection. It sends no
    /// <c>Authorization</c> header, with the same retries, timeouts, logging and telemetry as
    /// <see cref="LogtoManagementClient"/>. Create one and reuse it: it owns its connections, and disposing it closes them.
    /// </summary>
    /// <param name="options">The endpoint and pipeline settings.</param>
    /// <param name="loggerFactory">Receives the client's log lines; none when null.</param>
    /// <returns>The client; dispose it when the application no longer needs it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message names each bad option.</exception>
    public static LogtoPublicClient Create(LogtoClientOptions options, ILoggerFactory? loggerFactory = null) =>
        Create(LogtoManagementSettings.FromPipeline(options, nameof(options)), primaryHandler: null, loggerFactory);

    /// <summary>
    /// Creates a client for the operations that take no token, as <see cref="Create(LogtoClientOptions, ILoggerFactory?)"/>
    /// does, that sends its requests through <paramref name="primaryHandler"/> (a proxy-aware or test handler, say).
    /// Disposing the client disposes what it created, not <paramref name="primaryHandler"/>: that stays yours.
    /// </summary>
    /// <param name="options">The endpoint and pipeline settings.</param>
    /// <param name="primaryHandler">The innermost handler, which sends requests to the network.</param>
    /// <param name="loggerFactory">Receives the client's log lines; none when null.</param>
    /// <returns>The client; dispose it when done.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="primaryHandler"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message names each bad option.</exception>
    public static LogtoPublicClient Create(LogtoClientOptions options, HttpMessageHandler primaryHandler, ILoggerFactory? loggerFactory = null)
    {
        var settings = LogtoManagementSettings.FromPipeline(options, nameof(options));
        ArgumentNullException.ThrowIfNull(primaryHandler);
        return Create(settings, primaryHandler, loggerFactory);
    }

    private static LogtoPublicClient Create(LogtoManagementSettings settings, HttpMessageHandler? primaryHandler, ILoggerFactory? loggerFactory)
    {
        var http = LogtoOwnedHttp.On(settings, primaryHandler, loggerFactory);
        return new LogtoPublicClient(http.CreateApiClient(tokenSource: null)) { _owned = http };
    }
}
