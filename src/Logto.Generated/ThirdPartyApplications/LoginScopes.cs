namespace Logto.Generated;

/// <summary>The scopes a third-party application's login URL asks for.</summary>
internal static class LoginScopes
{
    public const string OpenId = "openid";

    public const string Organizations = "urn:logto:scope:organizations";

    /// <summary>
    /// <c>openid</c>, the application's user consent scopes, <c>urn:logto:scope:organizations</c> when it has
    /// organization scopes, then the extras; each once, in that order.
    /// </summary>
    public static IReadOnlyList<string> For(ApplicationUserConsentScopes? consent, IEnumerable<string> extraScopes)
    {
        var scopes = new List<string> { OpenId };
        if (consent is not null)
        {
            scopes.AddRange((consent.UserScopes ?? []).Select(scope => scope.Value).Where(value => value.Length > 0));
            if (consent.OrganizationScopes is { Count: > 0 })
            {
                scopes.Add(Organizations);
            }
        }

        scopes.AddRange(extraScopes);
        return scopes.Distinct(StringComparer.Ordinal).ToList();
    }
}
