using System.Text.Json;
using System.Text.Json.Nodes;

namespace Logto.Generated.Benchmarks.Payloads;

/// <summary>
/// Grows the real 100-application list (64 KB) to about 100 KB, deterministically, with fields the spec's
/// <c>Application</c> shape defines and the captured applications left empty: staging and localhost redirect URIs,
/// <c>backchannelLogoutUri</c>, <c>backchannelLogoutSessionRequired</c>, <c>logoUri</c> in <c>oidcClientMetadata</c>;
/// a staging CORS origin, <c>refreshTokenTtl</c> and <c>allowTokenExchange</c> in <c>customClientMetadata</c>.
/// Values follow the existing ones (the host of the first redirect URI, the application id).
/// </summary>
internal static class ApplicationListEnricher
{
    public static byte[] Enrich(byte[] realList)
    {
        var applications = JsonNode.Parse(realList)!.AsArray();
        foreach (var node in applications)
        {
            var application = node!.AsObject();
            var id = application["id"]!.GetValue<string>();
            var oidc = application["oidcClientMetadata"]!.AsObject();
            var host = HostOf(oidc["redirectUris"]!.AsArray(), id);
            oidc["redirectUris"]!.AsArray().Add($"https://staging.{host}/callback");
            oidc["redirectUris"]!.AsArray().Add("http://localhost:3000/callback");
            oidc["postLogoutRedirectUris"]!.AsArray().Add($"https://staging.{host}");
            oidc["backchannelLogoutUri"] = $"https://{host}/logout/backchannel";
            oidc["backchannelLogoutSessionRequired"] = true;
            oidc["logoUri"] = $"https://cdn.example.com/logos/{id}.png";

            var custom = application["customClientMetadata"]!.AsObject();
            if (custom["corsAllowedOrigins"] is JsonArray origins)
            {
                origins.Add($"https://staging.{host}");
            }
            else
            {
                custom["corsAllowedOrigins"] = new JsonArray($"https://staging.{host}");
            }

            custom["refreshTokenTtl"] = 1_209_600;
            custom["allowTokenExchange"] = false;
        }

        return JsonSerializer.SerializeToUtf8Bytes(applications);
    }

    private static string HostOf(JsonArray redirectUris, string id) =>
        redirectUris.Count > 0 && Uri.TryCreate(redirectUris[0]!.GetValue<string>(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            ? uri.Host
            : id + ".example.com";
}
