namespace Logto.Generated;

/// <summary>
/// Settings of the Logto Management API client: where Logto is, how to get a machine-to-machine token, and how
/// requests are retried and timed out. Bind them from configuration or set them in code; they are validated when
/// the application starts (with dependency injection) or in <see cref="LogtoManagementClient.Create(LogtoManagementOptions, Microsoft.Extensions.Logging.ILoggerFactory?)"/>.
/// </summary>
public class LogtoManagementOptions : LogtoClientOptions
{
    /// <summary>The scope requested by default: <c>all</c>, which grants the whole Management API.</summary>
    public const string DefaultScope = "all";

    /// <summary>The Management API resource indicator of every self-hosted (OSS) Logto.</summary>
    public const string SelfHostedResource = "https://default.logto.app/api";

    /// <summary>The id of the machine-to-machine application.</summary>
    public string? ClientId { get; set; }

    /// <summary>The secret of the machine-to-machine application. It never appears in an exception or a log line.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// The Management API resource indicator. When null and <see cref="LogtoClientOptions.Endpoint"/> is a Logto Cloud host
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
    /// Your own token source, used instead of the client credentials flow; <see cref="ClientId"/>,
    /// <see cref="ClientSecret"/> and <see cref="Resource"/> are then not needed. Set it in code, not configuration.
    /// </summary>
    public ILogtoTokenSource? TokenSource { get; set; }
}
