using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logto.Generated;

public partial class LogtoManagementClient : IDisposable
{
    /// <summary>What <see cref="Create(LogtoManagementOptions, ILoggerFactory?)"/> made for this client, disposed with it; empty otherwise.</summary>
    private IDisposable[] _owned = [];

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
        return Create(settings, new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }, ownsPrimaryHandler: true, loggerFactory);
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
        return Create(settings, primaryHandler, ownsPrimaryHandler: false, loggerFactory);
    }

    /// <summary>
    /// Disposes what <see cref="Create(LogtoManagementOptions, ILoggerFactory?)"/> made for this client: its HTTP
    /// clients, their handlers and, unless you passed it in, the primary handler with its connections. A client built
    /// on your own <see cref="HttpClient"/>, or resolved from dependency injection, owns nothing, and disposing it
    /// changes nothing. Calls made after disposal fail with <see cref="ObjectDisposedException"/>.
    /// </summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Disposes what the client owns; see <see cref="Dispose()"/>.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>, false from a finalizer.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var owned in Interlocked.Exchange(ref _owned, []))
            {
                owned.Dispose();
            }
        }
    }

    /// <param name="settings">The validated options.</param>
    /// <param name="primaryHandler">The innermost handler, shared by the token and API chains.</param>
    /// <param name="ownsPrimaryHandler">Whether the client disposes <paramref name="primaryHandler"/>.</param>
    /// <param name="loggerFactory">Receives the client's log lines; none when null.</param>
    internal static LogtoManagementClient Create(LogtoManagementSettings settings, HttpMessageHandler primaryHandler, bool ownsPrimaryHandler, ILoggerFactory? loggerFactory)
    {
        var timeProvider = settings.TimeProvider ?? TimeProvider.System;
        var pipeline = new LogtoHttpPipeline(settings, loggerFactory ?? NullLoggerFactory.Instance, timeProvider);
        var owned = new List<IDisposable>(3);
        var tokenSource = settings.TokenSource;
        if (tokenSource is null)
        {
            var tokenClient = OwnedHttpClient(owned, pipeline.CreateTokenHandlers(), primaryHandler);
            tokenSource = new ClientCredentialsTokenProvider(() => tokenClient, settings, timeProvider, pipeline.AuthenticationLogger);
        }

        var apiClient = OwnedHttpClient(owned, pipeline.CreateApiHandlers(tokenSource), primaryHandler);
        apiClient.BaseAddress = settings.ApiBaseAddress;
        if (ownsPrimaryHandler)
        {
            owned.Add(primaryHandler);
        }

        return new LogtoManagementClient(apiClient) { _owned = [.. owned] };
    }

    /// <summary>An HTTP client that owns its handler chain, which ends in the shared primary handler without owning it.</summary>
    private static HttpClient OwnedHttpClient(List<IDisposable> owned, DelegatingHandler[] handlers, HttpMessageHandler primaryHandler)
    {
        var client = new HttpClient(LogtoHttpPipeline.Chain(handlers, new LogtoBorrowedHandler(primaryHandler)), disposeHandler: true)
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        owned.Add(client);
        return client;
    }
}
