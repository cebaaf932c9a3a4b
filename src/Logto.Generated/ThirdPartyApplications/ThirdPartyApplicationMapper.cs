namespace Logto.Generated;

/// <summary>Turns an application of the catalog into the endpoint's item, with a fresh <c>state</c> in its login URL.</summary>
internal sealed class ThirdPartyApplicationMapper
{
    private readonly Uri _loginEndpoint;
    private readonly IReadOnlyList<string> _extraScopes;
    private readonly Func<string, string> _stateFactory;

    public ThirdPartyApplicationMapper(Uri loginEndpoint, IReadOnlyList<string> extraScopes, Func<string, string>? stateFactory)
    {
        _loginEndpoint = loginEndpoint;
        _extraScopes = extraScopes;
        _stateFactory = stateFactory ?? (_ => LoginUrl.RandomState());
    }

    public ThirdPartyApplication Map(CatalogApplication application)
    {
        var listing = application.Listing;
        var loginUrl = listing.RedirectUris.Count == 0
            ? null
            : LoginUrl.Build(_loginEndpoint, listing.Id, listing.RedirectUris[0], LoginScopes.For(application.ConsentScopes, _extraScopes), NewState(listing.Id));
        var branding = application.Branding;
        var displayName = string.IsNullOrEmpty(branding?.DisplayName) ? listing.Name : branding.DisplayName;
        return new ThirdPartyApplication(
            listing.Id,
            listing.Name,
            listing.Description,
            listing.RedirectUris,
            listing.PostLogoutRedirectUris,
            loginUrl,
            new ThirdPartyApplicationBranding(displayName, branding?.LogoUrl, branding?.DarkLogoUrl));
    }

    private string NewState(string applicationId)
    {
        var state = _stateFactory(applicationId);
        return string.IsNullOrEmpty(state)
            ? throw new InvalidOperationException($"{nameof(ThirdPartyApplicationsOptions)}.{nameof(ThirdPartyApplicationsOptions.StateFactory)} returned an empty state for application '{applicationId}'.")
            : state;
    }
}
