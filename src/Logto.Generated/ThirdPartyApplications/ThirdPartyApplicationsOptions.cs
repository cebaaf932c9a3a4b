namespace Logto.Generated;

/// <summary>Settings of <see cref="ThirdPartyApplicationsService"/>.</summary>
public sealed class ThirdPartyApplicationsOptions
{
    /// <summary>The default of <see cref="MaxConcurrency"/>.</summary>
    public const int DefaultMaxConcurrency = 8;

    /// <summary>The largest <see cref="MaxConcurrency"/> accepted.</summary>
    public const int MaxAllowedConcurrency = 64;

    /// <summary>The default of <see cref="CatalogRequestsPerSecond"/>: 10, half of Logto Cloud's sustained rate per tenant.</summary>
    public const int DefaultCatalogRequestsPerSecond = 10;

    /// <summary>The default cache key prefix, <c>logto:third-party-applications:</c>.</summary>
    public const string DefaultCacheKeyPrefix = "logto:third-party-applications:";

    /// <summary>
    /// How many Management API requests a catalog load, or one user's lookup, may have in flight at once, 1 to
    /// <see cref="MaxAllowedConcurrency"/>; 8 by default.
    /// </summary>
    public int MaxConcurrency { get; set; } = DefaultMaxConcurrency;

    /// <summary>
    /// The most Management API requests catalog loads and refreshes send in any one second, wherever it starts; 10 by
    /// default, 1 to 1,000. A cold load of N applications, G of them gated by access control, sends
    /// ceil(N/100) + 2N + G requests, so it takes about that many tenths of a second at the default (200 applications,
    /// 60 gated: 462 requests, about 47 seconds). Per-user reads are not paced by it (see <see cref="LogtoClientOptions.RateLimit"/>
    /// for a limit on everything).
    /// </summary>
    public int CatalogRequestsPerSecond { get; set; } = DefaultCatalogRequestsPerSecond;

    /// <summary>
    /// How long a call that finds no catalog yet waits for the first load; 10 seconds by default, zero to 10 minutes.
    /// Past it the call fails with a <see cref="ThirdPartyApplicationCatalogLoadingException"/> (the load goes on), never
    /// with a partial list.
    /// </summary>
    public TimeSpan FirstLoadWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often the catalog re-reads the list of third-party applications (one request per 100 applications), in the
    /// background; 60 seconds by default, at least 1 second. A new or deleted application, or access control turned on,
    /// shows after at most this long (plus one refresh).
    /// </summary>
    public TimeSpan ApplicationListInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How often the catalog re-reads each application's details (access-control rules, sign-in experience, user consent
    /// scopes: 2 or 3 requests), in the background; 10 minutes by default, at least <see cref="ApplicationListInterval"/>.
    /// A changed access-control rule takes effect after at most this long times (1 + <see cref="RefreshJitter"/>)
    /// plus <see cref="ApplicationListInterval"/>. A new application's details are read as soon as the list shows it.
    /// </summary>
    public TimeSpan ApplicationDetailsInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How far the schedule is moved at random, as a fraction (0 to 0.5); 0.1 by default. Each application's details
    /// fall due after <see cref="ApplicationDetailsInterval"/> ± this fraction, so that applications do not all fall due
    /// together; each list read comes up to this fraction of <see cref="ApplicationListInterval"/> early, so that
    /// instances sharing a distributed cache tick at different moments and take each other's refreshes.
    /// </summary>
    public double RefreshJitter { get; set; } = 0.1;

    /// <summary>
    /// The longest wait after failed refreshes (HTTP 429 waits what <c>Retry-After</c> says, otherwise the wait doubles
    /// from twice <see cref="ApplicationListInterval"/>); 10 minutes by default, at least 1 second.
    /// </summary>
    public TimeSpan MaxRefreshBackoff { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a user's roles and organizations are reused across calls; <see cref="TimeSpan.Zero"/>, the default,
    /// reads them (2 requests) on every call. Changed memberships take effect after at most this long, unless the
    /// deployment invalidates entries from Logto webhooks (see
    /// <see cref="IThirdPartyApplicationsService.InvalidateUserAsync"/>).
    /// </summary>
    public TimeSpan UserCacheTimeToLive { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// The prefix of every <see cref="Microsoft.Extensions.Caching.Hybrid.HybridCache"/> key and tag this service uses;
    /// give each Logto tenant its own when several share one distributed cache.
    /// </summary>
    public string CacheKeyPrefix { get; set; } = DefaultCacheKeyPrefix;

    /// <summary>
    /// Scopes added to every <c>login_url</c> after <c>openid</c>, the application's user consent scopes and, when it has
    /// organization scopes, <c>urn:logto:scope:organizations</c>. Each is one scope token: no spaces.
    /// </summary>
    public IList<string> ExtraScopes { get; } = new List<string>();

    /// <summary>
    /// Makes the <c>state</c> parameter of each <c>login_url</c> from the application id; null, the default, uses 32
    /// cryptographically random bytes, base64url-encoded, per item.
    /// </summary>
    public Func<string, string>? StateFactory { get; set; }

    /// <summary>
    /// The Logto endpoint that users sign in at, such as <c>https://tenant.logto.app/</c>: each <c>login_url</c> is
    /// <c>{LoginEndpoint}/oidc/auth?...</c>. Set it when users reach Logto at another address (a custom domain) than the
    /// Management API. With dependency injection, null means <see cref="LogtoClientOptions.Endpoint"/>.
    /// </summary>
    public Uri? LoginEndpoint { get; set; }
}
