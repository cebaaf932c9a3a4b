using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace Logto.Generated;

/// <summary>
/// The message handlers of the two HTTP clients, shared by dependency injection and
/// <see cref="LogtoManagementClient.Create(LogtoManagementOptions, ILoggerFactory?)"/>. API requests pass through
/// failure translation (what is left of a timeout or transport failure becomes a <see cref="LogtoException"/>), then
/// resilience (total timeout, retries, attempt timeout), then authentication (bearer token, one renewal on 401), then
/// logging, then response buffering (the whole body is read within the attempt). Token requests pass through the same
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
        _apiResilience = LogtoResiliencePipelines.Build(settings, retryEveryMethod: false, timeProvider, retryLogger);
        _tokenResilience = LogtoResiliencePipelines.Build(settings, retryEveryMethod: true, timeProvider, retryLogger);
    }

    public LogtoManagementSettings Settings { get; }

    public TimeProvider TimeProvider { get; }

    public ILogger AuthenticationLogger => _loggerFactory.CreateLogger(LogtoLog.AuthenticationCategory);

    /// <summary>New handlers for the API client, outermost first.</summary>
    public DelegatingHandler[] CreateApiHandlers(ILogtoTokenSource tokenSource) =>
    [
        new LogtoTelemetryHandler(TimeProvider), // one span per operation, around every retry
        new LogtoFailureHandler(Settings, translateTransportFailures: true),
        new ResilienceHandler(_apiResilience),
        new LogtoAttemptTelemetryHandler(), // counts attempts and retries
        new LogtoAuthenticationHandler(tokenSource, AuthenticationLogger),
        CreateLoggingHandler(),
        new LogtoResponseBufferingHandler(Settings.MaxResponseContentBufferSize),
    ];

    /// <summary>New handlers for the token client, outermost first.</summary>
    public DelegatingHandler[] CreateTokenHandlers() =>
    [
        new LogtoFailureHandler(Settings, translateTransportFailures: false),
        new ResilienceHandler(_tokenResilience),
        new LogtoAttemptTelemetryHandler(), // counts attempts and retries
        CreateLoggingHandler(),
        new LogtoResponseBufferingHandler(Settings.MaxResponseContentBufferSize),
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
