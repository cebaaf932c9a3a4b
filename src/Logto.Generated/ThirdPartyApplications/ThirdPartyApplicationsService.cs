using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logto.Generated;

/// <summary>
/// Lists the third-party applications a user may sign in to, by Logto's own app-level access-control rule. The
/// per-application data (applications, access control, sign-in experience, user consent scopes) is one catalog shared
/// by every call, kept in a <see cref="HybridCache"/> and refreshed in the background on bounded intervals; a call
/// reads only the user's roles and organizations, optionally cached per user. Dispose it to stop the refresh.
/// </summary>
public sealed class ThirdPartyApplicationsService : IThirdPartyApplicationsService, IDisposable
{
    private readonly LogtoDirectory _directory;
    private readonly ThirdPartyApplicationCatalog _catalog;
    private readonly HybridCache _cache;
    private readonly ServiceProvider? _ownedCache;
    private readonly ILogger _logger;
    private readonly int _maxConcurrency;
    private readonly string _userKeyPrefix;
    private readonly string _usersTag;
    private readonly HybridCacheEntryOptions? _userEntry;
    private readonly ThirdPartyApplicationMapper _mapper;
    private readonly RollingWindowLimiter _catalogPace;
    private int _accessControlWarningLogged;

    /// <summary>Creates the service on one client.</summary>
    /// <param name="client">The Management API client.</param>
    /// <param name="options">The settings; <see cref="ThirdPartyApplicationsOptions.LoginEndpoint"/> is required.</param>
    /// <param name="cache">
    /// Where the catalog and user entries live; null for a private in-memory one. Pass the application's
    /// <see cref="HybridCache"/> (backed by a distributed cache) to share the catalog between instances.
    /// </param>
    /// <param name="logger">Where to log refreshes and failures, or null.</param>
    /// <param name="timeProvider">The clock of the refresh schedule, or null for the system clock.</param>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public ThirdPartyApplicationsService(
        ILogtoManagementClient client,
        ThirdPartyApplicationsOptions options,
        HybridCache? cache,
        ILogger<ThirdPartyApplicationsService>? logger = null,
        TimeProvider? timeProvider = null)
        : this(NotNull(client), options, cache, logger, timeProvider)
    {
    }

    internal ThirdPartyApplicationsService(
        Func<ILogtoManagementClient> client, ThirdPartyApplicationsOptions options, HybridCache? cache, ILogger? logger, TimeProvider? timeProvider, Random? random = null)
    {
        ThirdPartyApplicationsOptionsCheck.Validate(options);
        _directory = new LogtoDirectory(client);
        _logger = logger ?? NullLogger.Instance;
        if (cache is null)
        {
            _ownedCache = new ServiceCollection().AddHybridCache().Services.BuildServiceProvider();
            cache = _ownedCache.GetRequiredService<HybridCache>();
        }

        _cache = cache;
        _maxConcurrency = options.MaxConcurrency;
        _userKeyPrefix = options.CacheKeyPrefix + "user:";
        _usersTag = options.CacheKeyPrefix + "users";
        _userEntry = options.UserCacheTimeToLive > TimeSpan.Zero
            ? new HybridCacheEntryOptions { Expiration = options.UserCacheTimeToLive, LocalCacheExpiration = options.UserCacheTimeToLive }
            : null;
        _mapper = new ThirdPartyApplicationMapper(options.LoginEndpoint!, options.ExtraScopes.ToList(), options.StateFactory);
        var clock = timeProvider ?? TimeProvider.System;
        var schedule = new CatalogSchedule(options, clock, random);
        _catalogPace = new RollingWindowLimiter(options.CatalogRequestsPerSecond, TimeSpan.FromSeconds(1), clock);
        var loader = new CatalogLoader(_directory, schedule, _maxConcurrency, _catalogPace, WarnAccessControlMissing);
        _catalog = new ThirdPartyApplicationCatalog(cache, loader, schedule, clock, options.CacheKeyPrefix, options.FirstLoadWait, _logger);
    }

    /// <inheritdoc/>
    public ThirdPartyApplicationCatalogStatus CatalogStatus => _catalog.Status;

    /// <summary>The catalog, for tests that drive its timer.</summary>
    internal ThirdPartyApplicationCatalog Catalog => _catalog;

    /// <summary>The pace of catalog loads, for tests that watch its queue.</summary>
    internal RollingWindowLimiter CatalogPace => _catalogPace;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ThirdPartyApplication>> GetForUserAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        LogtoUrl.PathSegment(userId, nameof(userId));
        cancellationToken.ThrowIfCancellationRequested();
        var catalog = _catalog.GetAsync(cancellationToken).AsTask();
        var user = GetUserAccessAsync(userId, cancellationToken);
        await Task.WhenAll(catalog, user).ConfigureAwait(false);
        var access = await user.ConfigureAwait(false);
        return (await catalog.ConfigureAwait(false)).Applications
            .Where(application => ApplicationAccessRule.IsGranted(application, access))
            .Select(_mapper.Map)
            .ToList();
    }

    /// <inheritdoc/>
    public async Task WarmUpAsync(CancellationToken cancellationToken = default) =>
        await _catalog.GetAsync(cancellationToken, bounded: false).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task InvalidateUserAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (_userEntry is not null)
        {
            await _cache.RemoveAsync(_userKeyPrefix + userId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async Task InvalidateAllUsersAsync(CancellationToken cancellationToken = default)
    {
        if (_userEntry is not null)
        {
            await _cache.RemoveByTagAsync(_usersTag, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops the background refresh (and frees the private cache, if the service made one).</summary>
    public void Dispose()
    {
        _catalog.Dispose();
        _catalogPace.Dispose();
        _ownedCache?.Dispose();
    }

    private static Func<ILogtoManagementClient> NotNull(ILogtoManagementClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return () => client;
    }

    private async Task<UserAccess> GetUserAccessAsync(string userId, CancellationToken cancellationToken)
    {
        if (_userEntry is null)
        {
            return await ReadUserAccessAsync(userId, cancellationToken).ConfigureAwait(false);
        }

        return await _cache.GetOrCreateAsync(
            _userKeyPrefix + userId,
            (Service: this, UserId: userId),
            static (state, token) => new ValueTask<UserAccess>(state.Service.ReadUserAccessAsync(state.UserId, token)),
            _userEntry,
            [_usersTag],
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<UserAccess> ReadUserAccessAsync(string userId, CancellationToken cancellationToken)
    {
        using var scope = new RequestScope(_maxConcurrency, cancellationToken);
        return await _directory.GetUserAccessAsync(userId, scope).ConfigureAwait(false);
    }

    private void WarnAccessControlMissing(string applicationId)
    {
        if (Interlocked.Exchange(ref _accessControlWarningLogged, 1) == 0)
        {
            _logger.LogWarning(
                "Logto answered 404 to GET /api/applications/{ApplicationId}/access-control: this server predates app-level access control, so applications are treated as open to every user.",
                applicationId);
        }
    }
}
