namespace Logto.Generated;

/// <summary>Settings of <see cref="ThirdPartyApplicationsService"/>.</summary>
public sealed class ThirdPartyApplicationsOptions
{
    /// <summary>The default of <see cref="MaxConcurrency"/>.</summary>
    public const int DefaultMaxConcurrency = 8;

    /// <summary>The largest <see cref="MaxConcurrency"/> accepted.</summary>
    public const int MaxAllowedConcurrency = 64;

    /// <summary>
    /// How many Management API requests one call may have in flight at once, 1 to <see cref="MaxAllowedConcurrency"/>;
    /// 8 by default.
    /// </summary>
    public int MaxConcurrency { get; set; } = DefaultMaxConcurrency;

    /// <summary>
    /// How long the per-application data (access control, sign-in experience, user consent scopes) is reused across
    /// calls. <see cref="TimeSpan.Zero"/>, the default, fetches it on every call. A changed access-control rule takes
    /// effect after at most this long.
    /// </summary>
    public TimeSpan CacheTimeToLive { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// Scopes added to every <c>login_url</c> after <c>openid</c>, the application's user consent scopes and, when it has
    /// organization scopes, <c>urn:logto:scope:organizations</c>. Each is one scope token: no spaces.
    /// </summary>
    public IList<string> ExtraScopes { get; } = new List<string>();

    /// <summary>
    /// Makes the <c>state</c> parameter of each <c>login_url</c>; null, the default, uses 32 cryptographically random
    /// bytes, base64url-encoded, per item.
    /// </summary>
    public Func<Application, string>? StateFactory { get; set; }

    /// <summary>
    /// The Logto endpoint that users sign in at, such as <c>https://tenant.logto.app/</c>: each <c>login_url</c> is
    /// <c>{LoginEndpoint}/oidc/auth?...</c>. Set it when users reach Logto at another address (a custom domain) than the
    /// Management API. With dependency injection, null means <see cref="LogtoManagementOptions.Endpoint"/>.
    /// </summary>
    public Uri? LoginEndpoint { get; set; }
}
