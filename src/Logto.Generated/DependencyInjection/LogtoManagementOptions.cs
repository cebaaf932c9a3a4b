namespace Logto.Generated;

/// <summary>
/// Settings of the Logto Management API client: where Logto is, how to get a machine-to-machine token, and how
/// requests are retried and timed out. Bind them from configuration or set them in code; they are validated when
/// the application starts (with dependency injection) or in <see cref="LogtoManagementClient.Create(LogtoManagementOptions, Microsoft.Extensions.Logging.ILoggerFactory?)"/>.
/// </summary>
public class LogtoManagementOptions
{
    /// <summary>The scope requested by default: <c>all</c>, which grants the whole Management API.</summary>
    public const string DefaultScope = "all";

    /// <summary>The Management API resource indicator of every self-hosted (OSS) Logto.</summary>
    public const string SelfHostedResource = "https://default.logto.app/api";

    /// <summary>The default of <see cref="MaxResponseContentBufferSize"/>: 64 MiB.</summary>
    public const long DefaultMaxResponseContentBufferSize = 64L * 1024 * 1024;

    /// <summary>
    /// The Logto endpoint: <c>https://{tenant}.logto.app</c> for Logto Cloud, or the URL of your self-hosted Logto
    /// (a path prefix is kept). Tokens come from <c>{Endpoint}/oidc/token</c>, API calls go to <c>{Endpoint}/api/...</c>.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The id of the machine-to-machine application.</summary>
    public string? ClientId { get; set; }

    /// <summary>The secret of the machine-to-machine application. It never appears in an exception or a log line.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// The Management API resource indicator. When null and <see cref="Endpoint"/> is a Logto Cloud host
    /// (<c>https://{tenant}.logto.app</c>) it is <c>https://{tenant}.logto.app/api</c>; otherwise it is required, and is
    /// <see cref="SelfHostedResource"/> (<c>https://default.logto.app/api</c>) for self-hosted Logto.
    /// </summary>
    public string? Resource { get; set; }

    /// <summary>The scope to request; <see cref="DefaultScope"/> (<c>all</c>) by default. Null or empty sends no scope.</summary>
    public string? Scope { get; set; } = DefaultScope;

    /// <summary>How the client id and secret are sent to the token endpoint: HTTP Basic by default.</summary>
    public LogtoClientAuthenticationMethod ClientAuthentication { get; set; } = LogtoClientAuthenticationMethod.ClientSecretBasic;

    /// <summary>
    /// How long before its expiry a cached token is renewed; 60 seconds by default. For a token that lives less than
    /// twice as long, half its lifetime is used instead.
    /// </summary>
    public TimeSpan TokenLeeway { get; set; } = TimeSpan.FromSeconds(60);

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
    /// Your own token source, used instead of the client credentials flow; <see cref="ClientId"/>,
    /// <see cref="ClientSecret"/> and <see cref="Resource"/> are then not needed. Set it in code, not configuration.
    /// </summary>
    public ILogtoTokenSource? TokenSource { get; set; }

    /// <summary>
    /// The clock for token expiry, backoff and timeouts. Null uses the <see cref="System.TimeProvider"/> registered for
    /// dependency injection, or the system clock. Tests set a fake clock here.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }
}
