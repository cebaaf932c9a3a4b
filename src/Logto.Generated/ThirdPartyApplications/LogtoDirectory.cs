namespace Logto.Generated;

/// <summary>
/// The only place the third-party applications feature calls the generated Management API clients: every request it
/// sends, turned into the catalog's own small records. A 404 of a per-application route becomes null.
/// </summary>
/// <remarks>Each method takes a fresh client from the factory, so a long-lived service follows HTTP handler rotation.</remarks>
internal sealed class LogtoDirectory
{
    private readonly Func<ILogtoManagementClient> _client;

    public LogtoDirectory(Func<ILogtoManagementClient> client)
    {
        _client = client;
    }

    /// <summary>Every page of <c>GET /api/applications?isThirdParty=true</c>, first-party applications dropped.</summary>
    public async Task<List<CatalogListing>> ListThirdPartyApplicationsAsync(RequestScope scope)
    {
        var applications = _client().Applications.ListApplicationsAsync(new ListApplicationsOptions { IsThirdParty = true }, scope.Token);
        var listed = new List<CatalogListing>();
        foreach (var application in await AllPagesAsync(applications, scope).ConfigureAwait(false))
        {
            // A server that ignored isThirdParty=true must not leak first-party applications.
            if (application.IsThirdParty)
            {
                listed.Add(new CatalogListing(
                    application.Id,
                    application.Name,
                    application.Description,
                    ToList(application.OidcClientMetadata?.RedirectUris),
                    ToList(application.OidcClientMetadata?.PostLogoutRedirectUris),
                    application.AppLevelAccessControlEnabled));
            }
        }

        return listed;
    }

    /// <summary><c>GET /api/applications/{id}/access-control</c>, or null when the server has no such route (404).</summary>
    public Task<CatalogAccessRules?> GetAccessRulesAsync(string applicationId, RequestScope scope) =>
        scope.SendAsync(async token =>
        {
            var rules = await NullIfNotFound(_client().Applications.GetApplicationAccessControlAsync(applicationId, cancellationToken: token)).ConfigureAwait(false);
            return rules is null
                ? null
                : new CatalogAccessRules(
                    ToList(rules.UserIds),
                    ToList(rules.UserRoleIds),
                    ToList(rules.OrganizationIds),
                    (rules.OrganizationRoleRules ?? []).Where(rule => rule.OrganizationId is not null)
                        .Select(rule => new CatalogOrganizationRoleRule(rule.OrganizationId, ToList(rule.OrganizationRoleIds)))
                        .ToList());
        });

    /// <summary><c>GET /api/applications/{id}/sign-in-experience</c>, or null until one has been set (404).</summary>
    public Task<CatalogBranding?> GetBrandingAsync(string applicationId, RequestScope scope) =>
        scope.SendAsync(async token =>
        {
            var experience = await NullIfNotFound(_client().Applications.GetApplicationSignInExperienceAsync(applicationId, cancellationToken: token)).ConfigureAwait(false);
            return experience is null ? null : new CatalogBranding(experience.DisplayName, experience.Branding?.LogoUrl, experience.Branding?.DarkLogoUrl);
        });

    /// <summary><c>GET /api/applications/{id}/user-consent-scopes</c>, or null when the server has none for it (404).</summary>
    public Task<CatalogConsentScopes?> GetConsentScopesAsync(string applicationId, RequestScope scope) =>
        scope.SendAsync(async token =>
        {
            var consent = await NullIfNotFound(_client().Applications.ListApplicationUserConsentScopesAsync(applicationId, cancellationToken: token)).ConfigureAwait(false);
            return consent is null
                ? null
                : new CatalogConsentScopes(
                    (consent.UserScopes ?? []).Select(scope => scope.Value).Where(value => value.Length > 0).ToList(),
                    consent.OrganizationScopes is { Count: > 0 },
                    ToResources(consent.ResourceScopes),
                    ToResources(consent.OrganizationResourceScopes));
        });

    /// <summary>Each API resource with an indicator, and the names of its granted scopes.</summary>
    private static List<CatalogResourceScopes> ToResources(IEnumerable<ApplicationUserConsentScopesResourceScopesItem>? resources) =>
        (resources ?? []).Where(resource => !string.IsNullOrEmpty(resource.Resource?.Indicator))
            .Select(resource => new CatalogResourceScopes(
                resource.Resource.Indicator,
                (resource.Scopes ?? []).Select(item => item.Name).Where(name => !string.IsNullOrEmpty(name)).ToList()))
            .ToList();

    /// <summary>The user's roles (every page) and organizations with their organization roles (Logto returns those whole).</summary>
    public async Task<UserAccess> GetUserAccessAsync(string userId, RequestScope scope)
    {
        var users = _client().Users;
        var roles = AllPagesAsync(users.ListUserRolesAsync(userId, cancellationToken: scope.Token), scope);
        var organizations = scope.SendAsync(token => users.ListUserOrganizationsAsync(userId, cancellationToken: token));
        await Task.WhenAll(roles, organizations).ConfigureAwait(false);
        var memberships = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var organization in await organizations.ConfigureAwait(false) ?? [])
        {
            memberships[organization.Id] = (organization.OrganizationRoles ?? []).Select(role => role.Id).ToList();
        }

        return new UserAccess(userId, (await roles.ConfigureAwait(false)).Select(role => role.Id).ToList(), memberships);
    }

    private static List<string> ToList(IEnumerable<string>? values) => values?.ToList() ?? [];

    /// <summary>Every page of a list, each page one request through the scope (its concurrency limit and token).</summary>
    private static async Task<List<T>> AllPagesAsync<T>(LogtoPageable<T> list, RequestScope scope)
    {
        var items = new List<T>();
        for (var number = 1; ; number++)
        {
            var page = await scope.SendAsync(token => list.GetPageAsync(number, token)).ConfigureAwait(false);
            items.AddRange(page.Items);
            if (!page.HasMore)
            {
                return items;
            }
        }
    }

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
}
