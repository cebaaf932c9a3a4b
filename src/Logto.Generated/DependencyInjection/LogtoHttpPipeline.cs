using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace Logto.Generated;

/// <summary>
/// The message handlers of the API and token HTTP clients, shared by dependency injection and the <c>Create</c> methods
/// of the facades. API requests pass through failure translation (what is left of a timeout or transport failure
/// becomes a <see cref="LogtoException"/>), then resilience (total timeout, retries, attempt timeout), then
/// authentication (bearer token, one renewal on 401; none for the public client), then logging, then response
/// buffering (the whole body is read within the attempt). Token requests pass through the same
/// handlers except authentication, and keep their transport failures for the token provider to wrap in a
/// <see cref="LogtoAuthenticationException"/>.
/// </summary>
internal sealed class LogtoHttpPipeline
{
    private readonly ResiliencePipeline<HttpResponseMessage> _apiResilience;
    private readonly ResiliencePipeline<HttpResponseMessage> _tokenResilience;
    private readonly ILoggerFactory _loggerFactory;

    public LogtoHttpPipeline(LogtoManagementSettings settings, ILoggerFactory loggerFactory, TimeProvider timeProvider)
    {
        Settings = settings;
        TimeProvider = timeProvider;
        _loggerFactory = loggerFactory;
        var retryLogger = loggerFactory.CreateLogger(LogtoLog.ResilienceCategory);
        RateLimiter = settings.RateLimit is { } limit ? new RollingWindowLimiter(limit.PermitLimit, limit.Window, timeProvider) : null;
        _apiResilience = LogtoResiliencePipelines.Build(settings, retryEveryMethod: false, timeProvider, retryLogger, RateLimiter);
        _tokenResilience = LogtoResiliencePipelines.Build(settings, retryEveryMethod: true, timeProvider, retryLogger);
    }

    public LogtoManagementSettings Settings { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>The client-side limit every API client of this pipeline shares (<see cref="LogtoClientOptions.RateLimit"/>), or null.</summary>
    public RollingWindowLimiter? RateLimiter { get; }

    public ILogger AuthenticationLogger => _loggerFactory.CreateLogger(LogtoLog.AuthenticationCategory);

    /// <summary>New handlers for an API client, outermost first.</summary>
    /// <param name="tokenSource">The bearer tokens; null for a client that sends no <c>Authorization</c> header (the public client).</param>
    public DelegatingHandler[] CreateApiHandlers(ILogtoTokenSource? tokenSource) =>
        CreateApiHandlers(tokenSource is null ? null : new LogtoAuthenticationHandler(tokenSource, AuthenticationLogger));

    /// <summary>
    /// New handlers for the Account API clients of a dependency injection registration, outermost first: each request
    /// carries its own user's token source (see <see cref="LogtoUserTokens"/>), since the handlers are pooled and shared.
    /// </summary>
    public DelegatingHandler[] CreateUserTokenApiHandlers() =>
        CreateApiHandlers(new LogtoAuthenticationHandler(LogtoUserTokens.Of, AuthenticationLogger));

    private DelegatingHandler[] CreateApiHandlers(LogtoAuthenticationHandler? authentication)
    {
        DelegatingHandler?[] handlers =
        [
            new LogtoTelemetryHandler(TimeProvider), // one span per operation, around every retry
            new LogtoFailureHandler(Settings, translateTransportFailures: true),
            new ResilienceHandler(_apiResilience),
            new LogtoAttemptTelemetryHandler(), // counts attempts and retries
            authentication,
            CreateLoggingHandler(),
            new LogtoResponseBufferingHandler(Settings.MaxResponseContentBufferSize, Settings.OptionsName),
        ];
        return [.. handlers.OfType<DelegatingHandler>()];
    }

    /// <summary>New handlers for the token client, outermost first.</summary>
    public DelegatingHandler[] CreateTokenHandlers() =>
    [
        new LogtoFailureHandler(Settings, translateTransportFailures: false),
        new ResilienceHandler(_tokenResilience),
        new LogtoAttemptTelemetryHandler(), // counts attempts and retries
        CreateLoggingHandler(),
        new LogtoResponseBufferingHandler(Settings.MaxResponseContentBufferSize, Settings.OptionsName),
    ];

    /// <summary>Links handlers, outermost first, in front of the primary handler.</summary>
    public static HttpMessageHandler Chain(IReadOnlyList<DelegatingHandler> handlers, HttpMessageHandler primaryHandler)
    {
        var inner = primaryHandler;
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            handlers[i].InnerHandler = inner;
            inner = handlers[i];
        }

        return inner;
    }

    private LogtoLoggingHandler CreateLoggingHandler() =>
        new(_loggerFactory.CreateLogger(LogtoLog.HttpCategory), TimeProvider);
}
