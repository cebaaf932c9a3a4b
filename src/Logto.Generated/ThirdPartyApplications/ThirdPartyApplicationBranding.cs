using Newtonsoft.Json;
using StjName = System.Text.Json.Serialization.JsonPropertyNameAttribute;

namespace Logto.Generated;

/// <summary>How a third-party application presents itself: the <c>branding</c> object of the endpoint's items.</summary>
public sealed class ThirdPartyApplicationBranding
{
    /// <summary>Creates the branding.</summary>
    /// <param name="displayName">The display name.</param>
    /// <param name="logoUrl">The logo URL, or null.</param>
    /// <param name="darkLogoUrl">The dark-theme logo URL, or null.</param>
    public ThirdPartyApplicationBranding(string displayName, string? logoUrl, string? darkLogoUrl)
    {
        DisplayName = displayName ?? throw new ArgumentNullException(nameof(displayName));
        LogoUrl = logoUrl;
        DarkLogoUrl = darkLogoUrl;
    }

    /// <summary>The application's sign-in experience display name, or its name when it has none.</summary>
    [JsonProperty("display_name")]
    [StjName("display_name")]
    public string DisplayName { get; }

    /// <summary>The logo URL of the application's sign-in experience, or null.</summary>
    [JsonProperty("logo_url")]
    [StjName("logo_url")]
    public string? LogoUrl { get; }

    /// <summary>The dark-theme logo URL of the application's sign-in experience, or null.</summary>
    [JsonProperty("dark_logo_url")]
    [StjName("dark_logo_url")]
    public string? DarkLogoUrl { get; }
}
