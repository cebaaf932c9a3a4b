namespace Logto.Generated;

/// <summary>What outlives one <see cref="ThirdPartyApplicationsService"/>: the cache and the once-only warning.</summary>
internal sealed class ThirdPartyApplicationsState
{
    private int _accessControlWarningLogged;

    public ThirdPartyApplicationsState(TimeProvider timeProvider)
    {
        Cache = new ApplicationDataCache(timeProvider);
    }

    public ApplicationDataCache Cache { get; }

    /// <summary>True the first time only: whether to log that the server has no access-control route.</summary>
    public bool ClaimAccessControlWarning() => Interlocked.Exchange(ref _accessControlWarningLogged, 1) == 0;
}
