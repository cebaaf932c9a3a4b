using Newtonsoft.Json;
using StjName = System.Text.Json.Serialization.JsonPropertyNameAttribute;

namespace Logto.Generated;

/// <summary>
/// A third-party application a user may sign in to, shaped as the items of the third-party <c>GET /applications</c>
/// endpoint: snake_case in JSON (with Newtonsoft.Json and System.Text.Json alike), nulls written as <c>null</c>.
/// </summary>
public sealed class ThirdPartyApplication
{
    /// <summary>Creates an item.</summary>
    /// <param name="id">The application id, which is also its OAuth client id.</param>
    /// <param name="name">The application name.</param>
    /// <param name="description">The description, or null.</param>
    /// <param name="redirectUris">The OAuth redirect URIs.</param>
    /// <param name="postLogoutRedirectUris">The post-logout redirect URIs.</param>
    /// <param name="loginUrl">The authorization URL, or null when the application has no redirect URI.</param>
    /// <param name="branding">The branding.</param>
    public ThirdPartyApplication(
        string id,
        string name,
        string? description,
        IReadOnlyList<string> redirectUris,
        IReadOnlyList<string> postLogoutRedirectUris,
        string? loginUrl,
        ThirdPartyApplicationBranding branding)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Description = description;
        RedirectUris = redirectUris ?? throw new ArgumentNullException(nameof(redirectUris));
        PostLogoutRedirectUris = postLogoutRedirectUris ?? throw new ArgumentNullException(nameof(postLogoutRedirectUris));
        LoginUrl = loginUrl;
        Branding = branding ?? throw new ArgumentNullException(nameof(branding));
    }

    /// <summary>The application id, which is also its OAuth client id.</summary>
    [JsonProperty("id")]
    [StjName("id")]
    public string Id { get; }

    /// <summary>The application name.</summary>
    [JsonProperty("name")]
    [StjName("name")]
    public string Name { get; }

    /// <summary>The description, or null when the application has none.</summary>
    [JsonProperty("description")]
    [StjName("description")]
    public string? Description { get; }

    /// <summary>The OAuth redirect URIs.</summary>
    [JsonProperty("redirect_uris")]
    [StjName("redirect_uris")]
    public IReadOnlyList<string> RedirectUris { get; }

    /// <summary>The post-logout redirect URIs.</summary>
    [JsonProperty("post_logout_redirect_uris")]
    [StjName("post_logout_redirect_uris")]
    public IReadOnlyList<string> PostLogoutRedirectUris { get; }

    /// <summary>
    /// <c>{endpoint}/oidc/auth?client_id=…&amp;redirect_uri=…&amp;response_type=code&amp;scope=…&amp;state=…</c> with the
    /// first redirect URI, or null when the application has no redirect URI to send the user back to.
    /// </summary>
    [JsonProperty("login_url")]
    [StjName("login_url")]
    public string? LoginUrl { get; }

    /// <summary>The display name and logos.</summary>
    [JsonProperty("branding")]
    [StjName("branding")]
    public ThirdPartyApplicationBranding Branding { get; }
}
