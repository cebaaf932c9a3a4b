namespace Logto.Generated;

/// <summary>
/// When the catalog reads what: the list every <see cref="ThirdPartyApplicationsOptions.ApplicationListInterval"/> (up
/// to <see cref="ThirdPartyApplicationsOptions.RefreshJitter"/> of it early), each application's details every
/// <see cref="ThirdPartyApplicationsOptions.ApplicationDetailsInterval"/> give or take that fraction, and after a
/// failure a back-off.
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
        Jitter = options.RefreshJitter;
        MaxBackoff = options.MaxRefreshBackoff;
    }

    public TimeSpan ListInterval { get; }

    public TimeSpan DetailsInterval { get; }

    public double Jitter { get; }

    public TimeSpan MaxBackoff { get; }

    public DateTimeOffset Now => _clock.GetUtcNow();

    /// <summary>How old a snapshot may get before a tick reads the list again: the interval less the jitter.</summary>
    public TimeSpan ListDueAge => ListInterval * (1 - Jitter);

    /// <summary>The delay to the next tick: the list interval, up to the jitter early.</summary>
    public TimeSpan NextListTick() => ListInterval * (1 - (Jitter * NextDouble()));

    /// <summary>A random extra delay of up to the jitter of the list interval.</summary>
    public TimeSpan ListJitter() => ListInterval * (Jitter * NextDouble());

    /// <summary>
    /// When details read at <paramref name="readAt"/> are due again: after the interval, moved by up to ± jitter. After
    /// the first load, when every application was read at once, the first due times spread evenly over one interval,
    /// so that later refreshes each read about the same number of applications.
    /// </summary>
    public DateTimeOffset DetailsDueAt(DateTimeOffset readAt, bool firstRead)
    {
        var factor = firstRead ? 0.1 + (0.9 * NextDouble()) : 1 + (Jitter * ((2 * NextDouble()) - 1));
        return readAt + (DetailsInterval * factor);
    }

    private double NextDouble()
    {
        lock (_random)
        {
            return _random.NextDouble();
        }
    }

    /// <summary>
    /// How long to wait after the <paramref name="failures"/>-th failure in a row: what the server's
    /// <paramref name="retryAfter"/> says, else twice the list interval, doubling per failure; at most <see cref="MaxBackoff"/>.
    /// </summary>
    public TimeSpan Backoff(int failures, TimeSpan? retryAfter)
    {
        if (retryAfter is { } delay)
        {
            return delay < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : delay > MaxBackoff ? MaxBackoff : delay;
        }

        var exponential = ListInterval * Math.Pow(2, Math.Min(failures, 20));
        return exponential > MaxBackoff ? MaxBackoff : exponential;
    }
}
