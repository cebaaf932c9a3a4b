namespace Logto.Generated;

/// <summary>
/// When the catalog reads what: the list every <see cref="ThirdPartyApplicationsOptions.ApplicationListInterval"/>,
/// each application's details every <see cref="ThirdPartyApplicationsOptions.ApplicationDetailsInterval"/> give or
/// take <see cref="ThirdPartyApplicationsOptions.ApplicationDetailsJitter"/>, and after a failure a back-off.
/// </summary>
internal sealed class CatalogSchedule
{
    private readonly TimeProvider _clock;
    private readonly Random _random;

    public CatalogSchedule(ThirdPartyApplicationsOptions options, TimeProvider clock, Random? random = null)
    {
        _clock = clock;
        _random = random ?? Random.Shared;
        ListInterval = options.ApplicationListInterval;
        DetailsInterval = options.ApplicationDetailsInterval;
        Jitter = options.ApplicationDetailsJitter;
        MaxBackoff = options.MaxRefreshBackoff;
    }

    public TimeSpan ListInterval { get; }

    public TimeSpan DetailsInterval { get; }

    public double Jitter { get; }

    public TimeSpan MaxBackoff { get; }

    public DateTimeOffset Now => _clock.GetUtcNow();

    /// <summary>
    /// When details read at <paramref name="readAt"/> are due again: after the interval, moved by up to ± jitter. After
    /// the first load, when every application was read at once, the first due times spread evenly over one interval,
    /// so that later refreshes each read about the same number of applications.
    /// </summary>
    public DateTimeOffset DetailsDueAt(DateTimeOffset readAt, bool firstRead)
    {
        double factor;
        lock (_random)
        {
            factor = firstRead ? 0.1 + (0.9 * _random.NextDouble()) : 1 + (Jitter * ((2 * _random.NextDouble()) - 1));
        }

        return readAt + (DetailsInterval * factor);
    }

    /// <summary>
    /// How long to wait after the <paramref name="failures"/>-th failure in a row: what <paramref name="retryAfter"/> says
    /// (a delay or a date), else twice the list interval, doubling per failure; at most <see cref="MaxBackoff"/>.
    /// </summary>
    public TimeSpan Backoff(int failures, System.Net.Http.Headers.RetryConditionHeaderValue? retryAfter)
    {
        var told = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - Now : null);
        if (told is { } delay)
        {
            return delay < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : delay > MaxBackoff ? MaxBackoff : delay;
        }

        var exponential = ListInterval * Math.Pow(2, Math.Min(failures, 20));
        return exponential > MaxBackoff ? MaxBackoff : exponential;
    }
}
