using System.Text.Json;
using Logto.Generated.Benchmarks.Peers.SystemTextJson;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.Benchmarks.Payloads;

/// <summary>The same <c>POST /api/applications</c> body for every client: the SPA of get-application.json, as created.</summary>
internal static class CreateApplicationBodies
{
    private const string Name = "bench-app-93";
    private const string Description = "Benchmark application number 93 with a description";
    private static readonly string[] RedirectUris = ["https://app93.example.com/callback", "com.example.app93://callback"];
    private static readonly string[] PostLogoutRedirectUris = ["https://app93.example.com"];
    private static readonly string[] CorsAllowedOrigins = ["https://app93.example.com"];
    private const string CustomData = """{"tags":["a","b"],"team":"team-2","tier":0}""";

    public static CreateApplicationRequest Generated() => new()
    {
        Name = Name,
        Description = Description,
        Type = ApplicationType.SPA,
        OidcClientMetadata = new OidcClientMetadata { RedirectUris = [.. RedirectUris], PostLogoutRedirectUris = [.. PostLogoutRedirectUris] },
        CustomClientMetadata = new CustomClientMetadata
        {
            CorsAllowedOrigins = [.. CorsAllowedOrigins],
            IdTokenTtl = 3600,
            RefreshTokenTtlInDays = 14,
            AlwaysIssueRefreshToken = false,
            RotateRefreshToken = true,
        },
        CustomData = JObject.Parse(CustomData).Properties().ToDictionary(p => p.Name, p => p.Value),
        IsThirdParty = false,
    };

    public static StjCreateApplicationRequest SystemTextJson() => new()
    {
        Name = Name,
        Description = Description,
        Type = "SPA",
        OidcClientMetadata = new StjOidcClientMetadata { RedirectUris = [.. RedirectUris], PostLogoutRedirectUris = [.. PostLogoutRedirectUris] },
        CustomClientMetadata = new StjCustomClientMetadata
        {
            CorsAllowedOrigins = [.. CorsAllowedOrigins],
            IdTokenTtl = 3600,
            RefreshTokenTtlInDays = 14,
            AlwaysIssueRefreshToken = false,
            RotateRefreshToken = true,
        },
        CustomData = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(CustomData),
        IsThirdParty = false,
    };
}
