using System.ComponentModel;

namespace Logto.Generated;

// The catalog's data: small immutable records that HybridCache keeps as they are in memory and writes as JSON to a
// distributed cache. Nothing here is a generated type, so a renamed model changes only LogtoDirectory.

/// <summary>A snapshot of every third-party application and its per-application data.</summary>
/// <param name="ListedAt">When the application list in it was read.</param>
/// <param name="Applications">The applications, in the server's order.</param>
[ImmutableObject(true)]
internal sealed record CatalogSnapshot(DateTimeOffset ListedAt, IReadOnlyList<CatalogApplication> Applications);

/// <summary>What the application list says about one third-party application.</summary>
internal sealed record CatalogListing(
    string Id, string Name, string? Description, IReadOnlyList<string> RedirectUris, IReadOnlyList<string> PostLogoutRedirectUris, bool AccessControlEnabled);

/// <summary>One application of a <see cref="CatalogSnapshot"/>: its listing and the details read at <see cref="DetailsReadAt"/>.</summary>
/// <param name="Listing">From the application list.</param>
/// <param name="AccessRules">The access-control rules when access control is enabled and the server has the route; else null.</param>
/// <param name="Branding">The sign-in experience, or null when none is set.</param>
/// <param name="ConsentScopes">The user consent scopes, or null.</param>
/// <param name="DetailsReadAt">When the details were read.</param>
/// <param name="DetailsDueAt">When the details are read again.</param>
[ImmutableObject(true)]
internal sealed record CatalogApplication(
    CatalogListing Listing,
    CatalogAccessRules? AccessRules,
    CatalogBranding? Branding,
    CatalogConsentScopes? ConsentScopes,
    DateTimeOffset DetailsReadAt,
    DateTimeOffset DetailsDueAt);

/// <summary>An application's access-control rules.</summary>
internal sealed record CatalogAccessRules(
    IReadOnlyList<string> UserIds, IReadOnlyList<string> UserRoleIds, IReadOnlyList<string> OrganizationIds, IReadOnlyList<CatalogOrganizationRoleRule> OrganizationRoleRules);

/// <summary>Holding one of <paramref name="OrganizationRoleIds"/> in <paramref name="OrganizationId"/> grants access.</summary>
internal sealed record CatalogOrganizationRoleRule(string OrganizationId, IReadOnlyList<string> OrganizationRoleIds);

/// <summary>The branding part of an application's sign-in experience.</summary>
internal sealed record CatalogBranding(string? DisplayName, string? LogoUrl, string? DarkLogoUrl);

/// <summary>The scopes an application asks users to consent to.</summary>
/// <param name="UserScopes">The granted user scopes (<c>profile</c>, <c>email</c>, ...).</param>
/// <param name="HasOrganizationScopes">Whether any organization scope is granted.</param>
/// <param name="Resources">The granted API resource scopes, per resource.</param>
/// <param name="OrganizationResources">
/// The granted organization-level API resource scopes (permissions of organization roles), per resource; null in a
/// snapshot written before they were read.
/// </param>
internal sealed record CatalogConsentScopes(
    IReadOnlyList<string> UserScopes, bool HasOrganizationScopes, IReadOnlyList<CatalogResourceScopes> Resources, IReadOnlyList<CatalogResourceScopes>? OrganizationResources = null);

/// <summary>The scope names granted on one API resource.</summary>
internal sealed record CatalogResourceScopes(string Indicator, IReadOnlyList<string> ScopeNames);

/// <summary>What the access rules look at about one user: roles, and organization memberships with the roles held there.</summary>
[ImmutableObject(true)]
internal sealed record UserAccess(string UserId, IReadOnlyList<string> RoleIds, IReadOnlyDictionary<string, IReadOnlyList<string>> Organizations);
