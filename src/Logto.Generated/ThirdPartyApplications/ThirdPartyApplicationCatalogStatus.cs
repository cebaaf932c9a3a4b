namespace Logto.Generated;

/// <summary>
/// What the shared catalog of third-party applications holds: how old its snapshot is and how its background refresh
/// goes. Expose it in a health check or a metric; a growing <see cref="Age"/> means Logto is refusing the refreshes.
/// </summary>
public sealed class ThirdPartyApplicationCatalogStatus
{
    internal ThirdPartyApplicationCatalogStatus(
        DateTimeOffset? listedAt, TimeSpan? age, int applicationCount, int consecutiveFailures, DateTimeOffset? lastFailureAt, DateTimeOffset? nextRefreshAt)
    {
        ListedAt = listedAt;
        Age = age;
        ApplicationCount = applicationCount;
        ConsecutiveFailures = consecutiveFailures;
        LastFailureAt = lastFailureAt;
        NextRefreshAt = nextRefreshAt;
    }

    /// <summary>Whether a snapshot is held; false until the first request (or warm-up) has loaded one.</summary>
    public bool IsLoaded => ListedAt is not null;

    /// <summary>When the application list of the snapshot was read, or null before the first load.</summary>
    public DateTimeOffset? ListedAt { get; }

    /// <summary>How long ago the application list of the snapshot was read, or null before the first load.</summary>
    public TimeSpan? Age { get; }

    /// <summary>How many third-party applications the snapshot holds.</summary>
    public int ApplicationCount { get; }

    /// <summary>How many background refreshes have failed since the last one that succeeded.</summary>
    public int ConsecutiveFailures { get; }

    /// <summary>When a background refresh last failed, or null.</summary>
    public DateTimeOffset? LastFailureAt { get; }

    /// <summary>When the next background refresh is due, or null while one runs or before the first load.</summary>
    public DateTimeOffset? NextRefreshAt { get; }
}
