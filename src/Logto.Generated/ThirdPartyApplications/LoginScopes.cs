namespace Logto.Generated;

/// <summary>
/// The scopes and resources a third-party application's login URL asks for, by Logto's rules for third-party clients:
/// <c>openid</c>; the granted user scopes; <c>urn:logto:scope:organizations</c> when organization scopes or
/// organization resource scopes are granted (organization tokens need it); the configured extras; then the granted API
/// resource scopes and organization resource scopes by name, with one <c>resource</c> per API resource. Logto filters
/// a third-party client's scopes per resource indicator against both its resource and its organization resource
/// consent scopes, so both kinds are requested the same way; the client then asks for an organization token of the
/// resource (<c>organization_id</c> with <c>resource</c>).
/// </summary>
internal sealed record LoginScopes(IReadOnlyList<string> Scopes, IReadOnlyList<string> Resources)
{
    public const string OpenId = "openid";

    public const string Organizations = "urn:logto:scope:organizations";

    /// <summary>Each scope and each resource once, in the order above.</summary>
    public static LoginScopes For(CatalogConsentScopes? consent, IEnumerable<string> extraScopes)
    {
        var scopes = new List<string> { OpenId };
        var resources = new List<string>();
        if (consent is not null)
        {
            scopes.AddRange(consent.UserScopes);
            if (consent.HasOrganizationScopes || (consent.OrganizationResources ?? []).Any(resource => resource.ScopeNames.Count > 0))
            {
                scopes.Add(Organizations);
            }
        }

        scopes.AddRange(extraScopes);
        foreach (var resource in (consent?.Resources ?? []).Concat(consent?.OrganizationResources ?? []))
        {
            if (resource.ScopeNames.Count > 0)
            {
                scopes.AddRange(resource.ScopeNames);
                resources.Add(resource.Indicator);
            }
        }

        return new LoginScopes(scopes.Distinct(StringComparer.Ordinal).ToList(), resources.Distinct(StringComparer.Ordinal).ToList());
    }
}
