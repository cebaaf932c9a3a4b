namespace Logto.Generated;

/// <summary>Turns a Logto application and its per-application data into the endpoint's item.</summary>
internal sealed class ThirdPartyApplicationMapper
{
    private readonly Uri _loginEndpoint;
    private readonly IReadOnlyList<string> _extraScopes;
    private readonly Func<Application, string> _stateFactory;

    public ThirdPartyApplicationMapper(Uri loginEndpoint, IReadOnlyList<string> extraScopes, Func<Application, string>? stateFactory)
    {
        _loginEndpoint = loginEndpoint;
        _extraScopes = extraScopes;
        _stateFactory = stateFactory ?? (_ => LoginUrl.RandomState());
    }

    public ThirdPartyApplication Map(Application application, ApplicationSignInExperience? signInExperience, ApplicationUserConsentScopes? consentScopes)
    {
        var redirectUris = ToList(application.OidcClientMetadata?.RedirectUris);
        var loginUrl = redirectUris.Count == 0
            ? null
            : LoginUrl.Build(_loginEndpoint, application.Id, redirectUris[0], LoginScopes.For(consentScopes, _extraScopes), NewState(application));
        return new ThirdPartyApplication(
            application.Id,
            application.Name,
            application.Description,
            redirectUris,
            ToList(application.OidcClientMetadata?.PostLogoutRedirectUris),
            loginUrl,
            BrandingOf(application, signInExperience));
    }

    private static ThirdPartyApplicationBranding BrandingOf(Application application, ApplicationSignInExperience? signInExperience)
    {
        var displayName = string.IsNullOrEmpty(signInExperience?.DisplayName) ? application.Name : signInExperience.DisplayName;
        return new ThirdPartyApplicationBranding(displayName, signInExperience?.Branding?.LogoUrl, signInExperience?.Branding?.DarkLogoUrl);
    }

    private static IReadOnlyList<string> ToList(IEnumerable<string>? values) => values?.ToList() ?? [];

    private string NewState(Application application)
    {
        var state = _stateFactory(application);
        return string.IsNullOrEmpty(state)
            ? throw new InvalidOperationException($"{nameof(ThirdPartyApplicationsOptions)}.{nameof(ThirdPartyApplicationsOptions.StateFactory)} returned an empty state for application '{application.Id}'.")
            : state;
    }
}
