using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logto.Generated;

/// <summary>
/// Lists the third-party applications a user may sign in to, by Logto's own app-level access-control rule, evaluated
/// here from data fetched once per call: the third-party applications (every page), the user's roles (every page) and
/// organizations, then per application at most its access control (only when enabled), sign-in experience and user
/// consent scopes, with at most <see cref="ThirdPartyApplicationsOptions.MaxConcurrency"/> requests in flight.
/// </summary>
public sealed class ThirdPartyApplicationsService : IThirdPartyApplicationsService
{
    private readonly ILogtoManagementClient _client;
    private readonly ThirdPartyApplicationsState _state;
    private readonly ILogger _logger;
    private readonly int _maxConcurrency;
    private readonly TimeSpan _cacheTimeToLive;
    private readonly ThirdPartyApplicationMapper _mapper;

    /// <summary>Creates the service, with its own cache.</summary>
    /// <param name="client">The Management API client.</param>
    /// <param name="options">The settings; <see cref="ThirdPartyApplicationsOptions.LoginEndpoint"/> is required.</param>
    /// <param name="logger">Where to log the older-server warning, or null.</param>
    /// <param name="timeProvider">The clock of the cache, or null for the system clock.</param>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public ThirdPartyApplicationsService(
        ILogtoManagementClient client, ThirdPartyApplicationsOptions options, ILogger<ThirdPartyApplicationsService>? logger = null, TimeProvider? timeProvider = null)
        : this(client, options, logger, new ThirdPartyApplicationsState(timeProvider ?? TimeProvider.System))
    {
    }

    internal ThirdPartyApplicationsService(ILogtoManagementClient client, ThirdPartyApplicationsOptions options, ILogger? logger, ThirdPartyApplicationsState state)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        ThirdPartyApplicationsOptionsCheck.Validate(options);
        _state = state;
        _logger = logger ?? NullLogger.Instance;
        _maxConcurrency = options.MaxConcurrency;
        _cacheTimeToLive = options.CacheTimeToLive;
        _mapper = new ThirdPartyApplicationMapper(options.LoginEndpoint!, options.ExtraScopes.ToList(), options.StateFactory);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ThirdPartyApplication>> GetForUserAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        LogtoUrl.PathSegment(userId, nameof(userId));
        using var scope = new RequestScope(_maxConcurrency, cancellationToken);
        var applications = ListThirdPartyApplicationsAsync(scope);
        var user = UserAccessLoader.LoadAsync(_client.Users, userId, scope);
        await Task.WhenAll(applications, user).ConfigureAwait(false);

        var loader = new ApplicationDataLoader(_client.Applications, scope, _state, _cacheTimeToLive, _logger);
        var userProfile = await user.ConfigureAwait(false);
        var items = await Task.WhenAll((await applications.ConfigureAwait(false)).Select(application => DescribeIfAllowedAsync(application, userProfile, loader)))
            .ConfigureAwait(false);
        return items.OfType<ThirdPartyApplication>().ToList();
    }

    private async Task<List<Application>> ListThirdPartyApplicationsAsync(RequestScope scope)
    {
        var list = _client.Applications.ListApplicationsAsync(new ListApplicationsOptions { IsThirdParty = true });
        var pages = new LogtoPageable<Application>((page, _, _) => scope.SendAsync(token => list.GetPageAsync(page, token)), list.PageSize, scope.Token);
        var applications = new List<Application>();
        await foreach (var application in pages.ConfigureAwait(false))
        {
            // A server that ignored isThirdParty=true must not leak first-party applications.
            if (application.IsThirdParty)
            {
                applications.Add(application);
            }
        }

        return applications;
    }

    private async Task<ThirdPartyApplication?> DescribeIfAllowedAsync(Application application, UserAccessProfile user, ApplicationDataLoader loader)
    {
        if (application.AppLevelAccessControlEnabled)
        {
            var rules = await loader.GetAccessControlAsync(application.Id).ConfigureAwait(false);
            if (rules is not null && !ApplicationAccessRule.IsGranted(rules, user))
            {
                return null;
            }
        }

        var signInExperience = loader.GetSignInExperienceAsync(application.Id);
        var consentScopes = loader.GetUserConsentScopesAsync(application.Id);
        await Task.WhenAll(signInExperience, consentScopes).ConfigureAwait(false);
        return _mapper.Map(application, await signInExperience.ConfigureAwait(false), await consentScopes.ConfigureAwait(false));
    }
}
