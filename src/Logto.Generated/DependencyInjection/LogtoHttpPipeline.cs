using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace Logto.Generated;

/// <summary>
/// The message handlers of the two HTTP clients, shared by dependency injection and
/// <see cref="LogtoManagementClient.Create(LogtoManagementOptions, ILoggerFactory?)"/>. API requests pass through
/// timeout translation, resilience (total timeout, retries, attempt timeout), then authentication (bearer token, one
/// renewal on 401), then logging, then response buffering (the whole body is read within the attempt); token requests
/// pass through the same handlers except authentication.
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
        new LogtoTelemetryHandler(TimeProvider), // telemetry (issue 16): one span per operation, around every retry
        new LogtoTimeoutHandler(Settings),
        new ResilienceHandler(_apiResilience),
        new LogtoAttemptTelemetryHandler(), // telemetry (issue 16): counts attempts and retries
        new LogtoAuthenticationHandler(tokenSource, AuthenticationLogger),
        CreateLoggingHandler(),
        new LogtoResponseBufferingHandler(Settings.MaxResponseContentBufferSize),
    ];

    /// <summary>New handlers for the token client, outermost first.</summary>
    public DelegatingHandler[] CreateTokenHandlers() =>
    [
        new LogtoTimeoutHandler(Settings),
        new ResilienceHandler(_tokenResilience),
        new LogtoAttemptTelemetryHandler(), // telemetry (issue 16): counts attempts and retries
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
