using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logto.Generated;

/// <summary>
/// Gets machine-to-machine access tokens from Logto with the OAuth client credentials grant
/// (<c>POST {Endpoint}/oidc/token</c>), and caches each until its expiry minus
/// <see cref="LogtoManagementOptions.TokenLeeway"/>. Any number of concurrent callers on a cold or expired cache cause
/// exactly one token request; a failed request is not cached and surfaces as <see cref="LogtoAuthenticationException"/>.
/// It is thread-safe; keep one instance per application (dependency injection registers it as a singleton).
/// </summary>
public sealed class ClientCredentialsTokenProvider : ILogtoTokenSource
{
    private const long MaxLifetimeSeconds = 365L * 24 * 60 * 60;
    private readonly Func<HttpClient> _httpClient;
    private readonly LogtoManagementSettings _settings;
    private readonly LogtoTokenCache _cache;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    /// <summary>Creates a provider that sends its token requests through <paramref name="httpClient"/>.</summary>
    /// <param name="httpClient">The client for token requests. It must not add an <c>Authorization</c> header itself.</param>
    /// <param name="options">The endpoint, credentials, resource, scope and leeway.</param>
    /// <param name="logger">Receives token renewals at Information level; never the secret or a token.</param>
    /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid or lack the client credentials.</exception>
    public ClientCredentialsTokenProvider(HttpClient httpClient, LogtoManagementOptions options, ILogger? logger = null)
        : this(httpClient ?? throw new ArgumentNullException(nameof(httpClient)), CredentialSettings(options), logger)
    {
    }

    private ClientCredentialsTokenProvider(HttpClient httpClient, LogtoManagementSettings settings, ILogger? logger)
        : this(() => httpClient, settings, settings.TimeProvider ?? TimeProvider.System, logger ?? NullLogger.Instance)
    {
    }

    internal ClientCredentialsTokenProvider(Func<HttpClient> httpClient, LogtoManagementSettings settings, TimeProvider timeProvider, ILogger logger)
        : this(httpClient, settings, new LogtoTokenCache(timeProvider), timeProvider, logger)
    {
    }

    internal ClientCredentialsTokenProvider(
        Func<HttpClient> httpClient, LogtoManagementSettings settings, LogtoTokenCache cache, TimeProvider timeProvider, ILogger logger)
    {
        _httpClient = httpClient;
        _settings = settings;
        _cache = cache;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <inheritdoc/>
    /// <exception cref="LogtoAuthenticationException">Logto did not issue a token.</exception>
    public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) =>
        _cache.GetAsync(_settings.CacheKey, null, () => RequestTokenAsync(rejected: false), cancellationToken);

    /// <inheritdoc/>
    /// <exception cref="LogtoAuthenticationException">Logto did not issue a token.</exception>
    public ValueTask<string> RenewAccessTokenAsync(string rejectedAccessToken, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(rejectedAccessToken);
        return _cache.GetAsync(_settings.CacheKey, rejectedAccessToken, () => RequestTokenAsync(rejected: true), cancellationToken);
    }

    private static LogtoManagementSettings CredentialSettings(LogtoManagementOptions options)
    {
        var settings = LogtoManagementSettings.From(options, nameof(options));
        if (settings.TokenSource is not null && (settings.ClientId.Length == 0 || settings.ClientSecret.Length == 0 || settings.Resource.Length == 0))
        {
            throw new ArgumentException(
                $"{nameof(ClientCredentialsTokenProvider)} needs {nameof(LogtoManagementOptions)}.{nameof(LogtoManagementOptions.ClientId)}, .{nameof(LogtoManagementOptions.ClientSecret)} and .{nameof(LogtoManagementOptions.Resource)}.",
                nameof(options));
        }

        return settings;
    }

    private async Task<LogtoAccessToken> RequestTokenAsync(bool rejected)
    {
        using var telemetry = LogtoTokenTelemetry.Start(_settings.TokenEndpoint, rejected, _timeProvider);
        try
        {
            var token = await SendTokenRequestAsync(rejected, telemetry).ConfigureAwait(false);
            LogtoTokenTelemetry.Issued(telemetry);
            return token;
        }
        catch (LogtoAuthenticationException exception)
        {
            LogtoTokenTelemetry.Failed(telemetry, exception);
            throw;
        }
    }

    private async Task<LogtoAccessToken> SendTokenRequestAsync(bool rejected, LogtoCallTelemetry? telemetry)
    {
        LogtoLog.RequestingToken(_logger, _settings.ClientId, _settings.Resource, rejected ? "the API rejected the cached token" : "no fresh token is cached");
        var sentAt = _timeProvider.GetUtcNow();
        try
        {
            using var request = CreateRequest();
            telemetry?.Attach(request);
            using var response = await _httpClient().SendAsync(request, CancellationToken.None).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(CancellationToken.None).ConfigureAwait(false);
            var requestId = LogtoResponseFacts.RequestIdOf(response);
            telemetry?.Responded((int)response.StatusCode, requestId);
            if (!response.IsSuccessStatusCode)
            {
                throw LogtoTokenEndpointErrors.FromResponse(
                    _settings.TokenEndpoint, (int)response.StatusCode, body, requestId, LogtoRetryAfter.Of(response, _timeProvider), _settings.ClientSecret);
            }

            var token = ReadToken((int)response.StatusCode, body, requestId, sentAt);
            LogtoLog.ReceivedToken(_logger, _settings.ClientId, token.RenewAt);
            return token;
        }
        catch (Exception exception) when (exception is not LogtoAuthenticationException)
        {
            throw LogtoTokenEndpointErrors.Unreachable(_settings.TokenEndpoint, exception, _settings.ClientSecret);
        }
    }

    private HttpRequestMessage CreateRequest()
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("grant_type", "client_credentials"),
            new("resource", _settings.Resource),
        };
        if (_settings.Scope.Length > 0)
        {
            fields.Add(new("scope", _settings.Scope));
        }

        var request = new HttpRequestMessage(HttpMethod.Post, _settings.TokenEndpoint);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (_settings.ClientAuthentication == LogtoClientAuthenticationMethod.ClientSecretPost)
        {
            fields.Add(new("client_id", _settings.ClientId));
            fields.Add(new("client_secret", _settings.ClientSecret));
        }
        else
        {
            // RFC 6749 section 2.3.1: both parts are form-url-encoded before they are joined and base64-encoded.
            var credentials = Uri.EscapeDataString(_settings.ClientId) + ":" + Uri.EscapeDataString(_settings.ClientSecret);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        }

        request.Content = new FormUrlEncodedContent(fields);
        return request;
    }

    private LogtoAccessToken ReadToken(int statusCode, string body, string? requestId, DateTimeOffset sentAt)
    {
        var parsed = LogtoTokenResponse.Parse(body);
        if (string.IsNullOrEmpty(parsed?.AccessToken))
        {
            throw LogtoTokenEndpointErrors.InvalidToken(_settings.TokenEndpoint, statusCode, requestId, "the body has no access_token");
        }

        if (parsed.TokenType is { } type && !string.Equals(type, "Bearer", StringComparison.OrdinalIgnoreCase))
        {
            throw LogtoTokenEndpointErrors.InvalidToken(_settings.TokenEndpoint, statusCode, requestId, $"token_type is '{type}', not 'Bearer'");
        }

        // A token without a lifetime is used for the calls waiting on it but not cached.
        var lifetime = TimeSpan.FromSeconds(Math.Clamp(parsed.ExpiresIn ?? 0, 0L, MaxLifetimeSeconds));
        var leeway = _settings.TokenLeeway < lifetime / 2 ? _settings.TokenLeeway : lifetime / 2;
        return new LogtoAccessToken(parsed.AccessToken, sentAt + lifetime - leeway);
    }
}
