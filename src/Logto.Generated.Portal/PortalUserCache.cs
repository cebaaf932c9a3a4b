namespace Logto.Generated.Portal;

/// <summary>
/// The per-user cache default of the portal: with a webhook signing key configured (<c>Webhooks:SigningKeys</c>), Logto's
/// webhooks invalidate changed users, so the portal keeps each user's roles and organizations for 60 seconds unless
/// <c>Logto:ThirdPartyApplications:UserCacheTimeToLive</c> says otherwise. Without a key, the library's default holds
/// (no per-user cache).
/// </summary>
internal static class PortalUserCache
{
    /// <summary>The time to live with webhooks configured.</summary>
    public static readonly TimeSpan WithWebhooks = TimeSpan.FromSeconds(60);

    private const string SigningKeys = "Webhooks:SigningKeys";
    private const string TimeToLive = PortalSettings.Section + ":ThirdPartyApplications:" + nameof(ThirdPartyApplicationsOptions.UserCacheTimeToLive);

    public static void Configure(IServiceCollection services, IConfiguration configuration)
    {
        var keys = configuration.GetSection(SigningKeys);
        var configured = !string.IsNullOrWhiteSpace(keys.Value) || keys.GetChildren().Any(key => !string.IsNullOrWhiteSpace(key.Value));
        if (configured && configuration[TimeToLive] is null)
        {
            services.Configure<ThirdPartyApplicationsOptions>(options => options.UserCacheTimeToLive = WithWebhooks);
        }
    }
}
