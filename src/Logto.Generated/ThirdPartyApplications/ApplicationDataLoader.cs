using Microsoft.Extensions.Logging;

namespace Logto.Generated;

/// <summary>Fetches the per-application data of one call through its <see cref="RequestScope"/> and the cache.</summary>
internal sealed class ApplicationDataLoader
{
    private readonly IApplicationsClient _applications;
    private readonly RequestScope _scope;
    private readonly ThirdPartyApplicationsState _state;
    private readonly TimeSpan _timeToLive;
    private readonly ILogger _logger;

    public ApplicationDataLoader(IApplicationsClient applications, RequestScope scope, ThirdPartyApplicationsState state, TimeSpan timeToLive, ILogger logger)
    {
        _applications = applications;
        _scope = scope;
        _state = state;
        _timeToLive = timeToLive;
        _logger = logger;
    }

    /// <summary>The access-control rules, or null when the server has no access-control route (an older Logto).</summary>
    public Task<ApplicationAccessControl?> GetAccessControlAsync(string applicationId) =>
        Fetch("access-control", applicationId, async token =>
        {
            var rules = await NullIfNotFound(_applications.GetApplicationAccessControlAsync(applicationId, cancellationToken: token)).ConfigureAwait(false);
            if (rules is null)
            {
                WarnAccessControlMissing(applicationId);
            }

            return rules;
        });

    /// <summary>The application's sign-in experience, or null until one has been set (404).</summary>
    public Task<ApplicationSignInExperience?> GetSignInExperienceAsync(string applicationId) =>
        Fetch("sign-in-experience", applicationId, token => NullIfNotFound(_applications.GetApplicationSignInExperienceAsync(applicationId, cancellationToken: token)));

    /// <summary>The scopes the application asks users to consent to, or null when the server has none for it (404).</summary>
    public Task<ApplicationUserConsentScopes?> GetUserConsentScopesAsync(string applicationId) =>
        Fetch("user-consent-scopes", applicationId, token => NullIfNotFound(_applications.ListApplicationUserConsentScopesAsync(applicationId, cancellationToken: token)));

    private static async Task<T?> NullIfNotFound<T>(Task<T> request)
        where T : class
    {
        try
        {
            return await request.ConfigureAwait(false);
        }
        catch (LogtoApiException exception) when (exception.IsNotFound)
        {
            return null;
        }
    }

    private Task<T> Fetch<T>(string kind, string applicationId, Func<CancellationToken, Task<T>> request) =>
        _state.Cache.GetOrFetchAsync(kind, applicationId, _timeToLive, () => _scope.SendAsync(request));

    private void WarnAccessControlMissing(string applicationId)
    {
        if (_state.ClaimAccessControlWarning())
        {
            _logger.LogWarning(
                "Logto answered 404 to GET /api/applications/{ApplicationId}/access-control: this server predates app-level access control, so applications are treated as open to every user.",
                applicationId);
        }
    }
}
