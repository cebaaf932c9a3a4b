using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logto.Generated;

public partial class LogtoManagementClient
{
    /// <summary>
    /// Creates a client without dependency injection, with the same pipeline as
    /// <see cref="LogtoManagementServiceCollectionExtensions.AddLogtoManagementApi(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{LogtoManagementOptions})"/>:
    /// token cache, bearer authentication with one renewal on 401, retries, timeouts and logging. Create one client
    /// and reuse it for the life of the application: it owns its connections and its token cache.
    /// </summary>
    /// <param name="options">The endpoint, credentials and pipeline settings.</param>
    /// <param name="loggerFactory">Receives the client's log lines; none when null.</param>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message names each bad option.</exception>
    public static LogtoManagementClient Create(LogtoManagementOptions options, ILoggerFactory? loggerFactory = null)
    {
        var settings = LogtoManagementSettings.From(options, nameof(options));
        return Create(settings, new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }, loggerFactory);
    }

    /// <summary>
    /// Creates a client without dependency injection that sends its requests, token requests included, through
    /// <paramref name="primaryHandler"/> (a proxy-aware or test handler, say). The handler is not disposed.
    /// </summary>
    /// <param name="options">The endpoint, credentials and pipeline settings.</param>
    /// <param name="primaryHandler">The innermost handler, which sends requests to the network.</param>
    /// <param name="loggerFactory">Receives the client's log lines; none when null.</param>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="primaryHandler"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message names each bad option.</exception>
    public static LogtoManagementClient Create(LogtoManagementOptions options, HttpMessageHandler primaryHandler, ILoggerFactory? loggerFactory = null)
    {
        var settings = LogtoManagementSettings.From(options, nameof(options));
        ArgumentNullException.ThrowIfNull(primaryHandler);
        return Create(settings, primaryHandler, loggerFactory);
    }

    private static LogtoManagementClient Create(LogtoManagementSettings settings, HttpMessageHandler primaryHandler, ILoggerFactory? loggerFactory)
    {
        var timeProvider = settings.TimeProvider ?? TimeProvider.System;
        var pipeline = new LogtoHttpPipeline(settings, loggerFactory ?? NullLoggerFactory.Instance, timeProvider);
        var tokenSource = settings.TokenSource;
        if (tokenSource is null)
        {
            var tokenClient = new HttpClient(LogtoHttpPipeline.Chain(pipeline.CreateTokenHandlers(), primaryHandler), disposeHandler: false)
            {
                Timeout = Timeout.InfiniteTimeSpan,
            };
            tokenSource = new ClientCredentialsTokenProvider(() => tokenClient, settings, timeProvider, pipeline.AuthenticationLogger);
        }

        var apiClient = new HttpClient(LogtoHttpPipeline.Chain(pipeline.CreateApiHandlers(tokenSource), primaryHandler), disposeHandler: false)
        {
            BaseAddress = settings.ApiBaseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        return new LogtoManagementClient(apiClient);
    }
}
