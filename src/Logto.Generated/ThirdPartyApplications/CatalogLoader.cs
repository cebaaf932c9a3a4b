namespace Logto.Generated;

/// <summary>
/// Reads a new <see cref="CatalogSnapshot"/> from Logto, reusing what a previous snapshot already holds: the application
/// list always (one request per 100 applications), and the details (access control when enabled, sign-in experience,
/// user consent scopes) only of the applications that are new, that just turned access control on, or whose
/// jittered <see cref="CatalogApplication.DetailsDueAt"/> has come. Every request waits for its turn of the pace
/// (<see cref="ThirdPartyApplicationsOptions.CatalogRequestsPerSecond"/> in any second), so a load never bursts.
/// </summary>
internal sealed class CatalogLoader
{
    private readonly LogtoDirectory _directory;
    private readonly CatalogSchedule _schedule;
    private readonly int _maxConcurrency;
    private readonly Action<string> _accessControlRouteMissing;
    private readonly RollingWindowLimiter _pace;

    public CatalogLoader(LogtoDirectory directory, CatalogSchedule schedule, int maxConcurrency, RollingWindowLimiter pace, Action<string> accessControlRouteMissing)
    {
        _pace = pace;
        _directory = directory;
        _schedule = schedule;
        _maxConcurrency = maxConcurrency;
        _accessControlRouteMissing = accessControlRouteMissing;
    }

    /// <summary>The new snapshot; any failed request fails the whole load, so a snapshot is never half read.</summary>
    public async Task<CatalogSnapshot> LoadAsync(CatalogSnapshot? previous, CancellationToken cancellationToken)
    {
        using var scope = new RequestScope(_maxConcurrency, cancellationToken, _pace);
        var now = _schedule.Now;
        var listing = await _directory.ListThirdPartyApplicationsAsync(scope).ConfigureAwait(false);
        var known = previous?.Applications.ToDictionary(application => application.Listing.Id, StringComparer.Ordinal)
            ?? new Dictionary<string, CatalogApplication>(StringComparer.Ordinal);
        var applications = await Task.WhenAll(listing.Select(listed => known.TryGetValue(listed.Id, out var held) && !NeedsDetails(listed, held, now)
            ? Task.FromResult(held with { Listing = listed })
            : ReadDetailsAsync(listed, firstRead: previous is null, scope))).ConfigureAwait(false);
        return new CatalogSnapshot(now, applications);
    }

    private static bool NeedsDetails(CatalogListing listed, CatalogApplication held, DateTimeOffset now) =>
        now >= held.DetailsDueAt || (listed.AccessControlEnabled && !held.Listing.AccessControlEnabled);

    private async Task<CatalogApplication> ReadDetailsAsync(CatalogListing listed, bool firstRead, RequestScope scope)
    {
        var rules = listed.AccessControlEnabled ? ReadRulesAsync(listed.Id, scope) : Task.FromResult<CatalogAccessRules?>(null);
        var branding = _directory.GetBrandingAsync(listed.Id, scope);
        var consent = _directory.GetConsentScopesAsync(listed.Id, scope);
        await Task.WhenAll(rules, branding, consent).ConfigureAwait(false);
        var readAt = _schedule.Now;
        return new CatalogApplication(
            listed, await rules.ConfigureAwait(false), await branding.ConfigureAwait(false), await consent.ConfigureAwait(false), readAt, _schedule.DetailsDueAt(readAt, firstRead));
    }

    private async Task<CatalogAccessRules?> ReadRulesAsync(string applicationId, RequestScope scope)
    {
        var rules = await _directory.GetAccessRulesAsync(applicationId, scope).ConfigureAwait(false);
        if (rules is null)
        {
            _accessControlRouteMissing(applicationId);
        }

        return rules;
    }
}
