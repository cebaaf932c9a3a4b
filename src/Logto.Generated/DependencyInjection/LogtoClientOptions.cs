namespace Logto.Generated;

/// <summary>
/// Where Logto is and how requests are retried, timed out and read: the settings every Logto client shares. The Account
/// API client (<see cref="LogtoAccountClient.Create(LogtoClientOptions, ILogtoTokenSource, Microsoft.Extensions.Logging.ILoggerFactory?)"/>)
/// and the public client (<see cref="LogtoPublicClient.Create(LogtoClientOptions, Microsoft.Extensions.Logging.ILoggerFactory?)"/>)
/// need nothing else; <see cref="LogtoManagementOptions"/> adds the machine-to-machine credentials.
/// </summary>
public class LogtoClientOptions
{
    /// <summary>The default of <see cref="MaxResponseContentBufferSize"/>: 64 MiB.</summary>
    public const long DefaultMaxResponseContentBufferSize = 64L * 1024 * 1024;

    /// <summary>
    /// The Logto endpoint: <c>https://{tenant}.logto.app</c> for Logto Cloud, or the URL of your self-hosted Logto
    /// (a reverse proxy's path prefix such as <c>/logto</c> is kept). API calls go to <c>{Endpoint}/api/...</c> (and a
    /// machine-to-machine client gets its tokens from <c>{Endpoint}/oidc/token</c>), so a path into those routes, such as
    /// <c>https://your-tenant.logto.app/api</c>, or any path on a Logto Cloud host, is refused at start with the right value.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>
    /// How many times a failed request is retried; 3 by default, 0 turns retries off. Retried: HTTP 429 for every
    /// method (Logto rejects a rate-limited request before acting on it); HTTP 502, 503, 504, transport errors and
    /// attempt timeouts only for the idempotent methods GET, HEAD, PUT, DELETE and OPTIONS (and for token requests).
    /// </summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The base of the exponential backoff between retries, with jitter; 1 second by default.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest wait before a retry; 30 seconds by default. Backoff delays are capped at it, and a
    /// <c>Retry-After</c> that asks for a longer wait is not retried: the response surfaces as a
    /// <see cref="LogtoApiException"/> whose <see cref="LogtoException.RetryAfter"/> tells when to try again.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The timeout of each attempt, from sending the request to the last byte of the response body; 30 seconds by
    /// default. When it ends the call, the call fails with a <see cref="LogtoTimeoutException"/> of kind
    /// <see cref="LogtoTimeoutKind.Attempt"/>.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The timeout of a whole call, all attempts and waits included; 100 seconds by default. When it fires, the call
    /// fails with a <see cref="LogtoTimeoutException"/> of kind <see cref="LogtoTimeoutKind.Total"/>.
    /// </summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// The largest response body the client reads, in bytes; 64 MiB by default, far above any Logto page (at most 100
    /// items). Every response body is read into memory within its attempt, so that <see cref="AttemptTimeout"/> covers
    /// the whole response and a body cut short is retried like any transport error. A larger body is not read: the call
    /// fails with a <see cref="LogtoApiException"/> that carries the status and names this option.
    /// </summary>
    public long MaxResponseContentBufferSize { get; set; } = DefaultMaxResponseContentBufferSize;

    /// <summary>
    /// The clock for backoff, timeouts and token expiry. Null uses the <see cref="System.TimeProvider"/> registered for
    /// dependency injection, or the system clock. Tests set a fake clock here.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>
    /// A client-side limit on the requests of every client this registration (or <c>Create</c> call) makes: at most
    /// <see cref="LogtoRateLimitOptions.PermitLimit"/> per <see cref="LogtoRateLimitOptions.Window"/>, waiting at most
    /// <see cref="LogtoRateLimitOptions.MaxWait"/> for a turn, else failing with a <see cref="LogtoRateLimitException"/>
    /// without sending. Null, the default, sets no limit. For Logto Cloud (200 requests per 10 s per tenant) set 150 per
    /// 10 s, leaving headroom for the tenant's other callers.
    /// </summary>
    public LogtoRateLimitOptions? RateLimit { get; set; }

    /// <summary>
    /// Configures the primary handler (a proxy, client certificates, connection limits) of every HTTP client of this
    /// tenant: the API's, the token endpoint's, the public client's and the Account API's. With dependency injection it
    /// receives the handler IHttpClientFactory created; with a <c>Create</c> method, the <see cref="SocketsHttpHandler"/>
    /// the method creates when it is given no primary handler (one it is given stays as the caller set it up).
    /// </summary>
    /// <example><code>options.ConfigurePrimaryHandler = handler => ((SocketsHttpHandler)handler).Proxy = new WebProxy("http://proxy:8080");</code></example>
    public Action<HttpMessageHandler>? ConfigurePrimaryHandler { get; set; }
}
