using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logto.Generated;

/// <summary>
/// What a facade's <c>Create</c> method builds without dependency injection: the pipeline, the HTTP clients on it, and
/// the primary handler when the caller passed none. Disposing it disposes the HTTP clients with their handler chains
/// and, only when it made it, the primary handler; a primary handler passed in stays the caller's.
/// </summary>
internal sealed class LogtoOwnedHttp : IDisposable
{
    private readonly List<IDisposable> _owned = new(3);
    private readonly HttpMessageHandler _primaryHandler;
    private readonly bool _ownsPrimaryHandler;

    /// <param name="settings">The validated options.</param>
    /// <param name="primaryHandler">The innermost handler, shared by every chain.</param>
    /// <param name="ownsPrimaryHandler">Whether disposing disposes <paramref name="primaryHandler"/>.</param>
    /// <param name="loggerFactory">Receives the client's log lines; none when null.</param>
    public LogtoOwnedHttp(LogtoManagementSettings settings, HttpMessageHandler primaryHandler, bool ownsPrimaryHandler, ILoggerFactory? loggerFactory)
    {
        _ownsPrimaryHandler = ownsPrimaryHandler;
        _primaryHandler = primaryHandler;
        Pipeline = new LogtoHttpPipeline(settings, loggerFactory ?? NullLoggerFactory.Instance, settings.TimeProvider ?? TimeProvider.System);
    }

    public LogtoHttpPipeline Pipeline { get; }

    /// <summary>
    /// Builds on <paramref name="primaryHandler"/>, which stays the caller's, or, when it is null, on a new
    /// <see cref="SocketsHttpHandler"/> owned here.
    /// </summary>
    public static LogtoOwnedHttp On(LogtoManagementSettings settings, HttpMessageHandler? primaryHandler, ILoggerFactory? loggerFactory) =>
        primaryHandler is null
            ? new(settings, Configured(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }, settings), ownsPrimaryHandler: true, loggerFactory)
            : new(settings, primaryHandler, ownsPrimaryHandler: false, loggerFactory);

    private static HttpMessageHandler Configured(HttpMessageHandler handler, LogtoManagementSettings settings)
    {
        settings.ConfigurePrimaryHandler?.Invoke(handler);
        return handler;
    }

    /// <summary>An API client with the pipeline's handlers and base address; <paramref name="tokenSource"/> null sends no token.</summary>
    public HttpClient CreateApiClient(ILogtoTokenSource? tokenSource)
    {
        var client = CreateClient(Pipeline.CreateApiHandlers(tokenSource));
        client.BaseAddress = Pipeline.Settings.ApiBaseAddress;
        return client;
    }

    /// <summary>An HTTP client that owns its handler chain, which ends in the shared primary handler without owning it.</summary>
    public HttpClient CreateClient(DelegatingHandler[] handlers)
    {
        var client = new HttpClient(LogtoHttpPipeline.Chain(handlers, new LogtoBorrowedHandler(_primaryHandler)), disposeHandler: true)
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _owned.Add(client);
        return client;
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        if (_ownsPrimaryHandler)
        {
            _primaryHandler.Dispose();
        }
    }
}
