namespace Logto.Generated;

/// <summary>
/// A validated, immutable snapshot of <see cref="LogtoManagementOptions"/> (or of the <see cref="LogtoClientOptions"/> of
/// a client that needs no machine-to-machine credentials) with the derived addresses and the default resource filled in. Its <see cref="object.ToString"/> is the default one, so the secret cannot leak through it.
/// </summary>
internal sealed class LogtoManagementSettings
{
    private LogtoManagementSettings(LogtoClientOptions clientOptions, string endpoint)
    {
        var options = clientOptions as LogtoManagementOptions ?? new LogtoManagementOptions { Scope = null, TokenLeeway = TimeSpan.Zero };
        OptionsName = OptionsNameOf(clientOptions);
        Endpoint = endpoint;
        ApiBaseAddress = new Uri(endpoint + "/");
        TokenEndpoint = new Uri(endpoint + "/oidc/token");
        ClientId = options.ClientId ?? string.Empty;
        ClientSecret = options.ClientSecret ?? string.Empty;
        Resource = string.IsNullOrWhiteSpace(options.Resource) ? LogtoEndpoints.CloudResource(clientOptions.Endpoint!) ?? string.Empty : options.Resource;
        Scope = options.Scope ?? string.Empty;
        ClientAuthentication = options.ClientAuthentication;
        TokenLeeway = options.TokenLeeway;
        MaxRetryAttempts = clientOptions.MaxRetryAttempts;
        RetryBaseDelay = clientOptions.RetryBaseDelay;
        MaxRetryDelay = clientOptions.MaxRetryDelay;
        AttemptTimeout = clientOptions.AttemptTimeout;
        TotalTimeout = clientOptions.TotalTimeout;
        MaxResponseContentBufferSize = clientOptions.MaxResponseContentBufferSize;
        TokenSource = options.TokenSource;
        TimeProvider = clientOptions.TimeProvider;
        RateLimit = clientOptions.RateLimit is { } limit ? (limit.PermitLimit, limit.Window, limit.MaxWait) : null;
        ConfigurePrimaryHandler = clientOptions.ConfigurePrimaryHandler;
    }

    /// <summary>The name of the options class in messages about them: <c>LogtoManagementOptions</c> or <c>LogtoClientOptions</c>.</summary>
    public string OptionsName { get; }

    /// <summary>The endpoint without a trailing slash, such as <c>https://tenant.logto.app</c>.</summary>
    public string Endpoint { get; }

    /// <summary>The base address of the API clients: the endpoint with a trailing slash.</summary>
    public Uri ApiBaseAddress { get; }

    public Uri TokenEndpoint { get; }

    public string ClientId { get; }

    public string ClientSecret { get; }

    public string Resource { get; }

    public string Scope { get; }

    public LogtoClientAuthenticationMethod ClientAuthentication { get; }

    public TimeSpan TokenLeeway { get; }

    public int MaxRetryAttempts { get; }

    public TimeSpan RetryBaseDelay { get; }

    public TimeSpan MaxRetryDelay { get; }

    public TimeSpan AttemptTimeout { get; }

    public TimeSpan TotalTimeout { get; }

    public long MaxResponseContentBufferSize { get; }

    public ILogtoTokenSource? TokenSource { get; }

    public TimeProvider? TimeProvider { get; }

    /// <summary>The client-side rate limit, or null.</summary>
    public (int PermitLimit, TimeSpan Window, TimeSpan MaxWait)? RateLimit { get; }

    /// <summary>Configures the primary handler of every HTTP client of the tenant, or null.</summary>
    public Action<HttpMessageHandler>? ConfigurePrimaryHandler { get; }

    public LogtoTokenCacheKey CacheKey => new(Endpoint, ClientId, Resource, Scope);

    /// <summary>Validates the options and takes the snapshot.</summary>
    /// <exception cref="ArgumentException">The options are invalid; the message names each bad option.</exception>
    public static LogtoManagementSettings From(LogtoManagementOptions options, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(options, parameterName);
        var failures = LogtoManagementOptionsValidator.Check(options);
        if (failures.Count > 0)
        {
            throw new ArgumentException("Invalid Logto Management API options: " + string.Join(" ", failures), parameterName);
        }

        return FromValid(options);
    }

    /// <summary>
    /// Validates what a client without machine-to-machine credentials needs (endpoint, retries, timeouts, buffer) and
    /// takes the snapshot; credentials set on a <see cref="LogtoManagementOptions"/> are ignored, never checked.
    /// </summary>
    /// <exception cref="ArgumentException">The options are invalid; the message names each bad option.</exception>
    public static LogtoManagementSettings FromPipeline(LogtoClientOptions options, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(options, parameterName);
        var failures = LogtoManagementOptionsValidator.CheckPipeline(options);
        if (failures.Count > 0)
        {
            throw new ArgumentException("Invalid Logto client options: " + string.Join(" ", failures), parameterName);
        }

        return FromValid(options);
    }

    /// <summary>Takes the snapshot of options that have already been validated.</summary>
    public static LogtoManagementSettings FromValid(LogtoClientOptions options) =>
        new(options, options.Endpoint!.AbsoluteUri.TrimEnd('/'));

    /// <summary>The name of the options class to put in messages.</summary>
    public static string OptionsNameOf(LogtoClientOptions options) =>
        options is LogtoManagementOptions ? nameof(LogtoManagementOptions) : nameof(LogtoClientOptions);
}
