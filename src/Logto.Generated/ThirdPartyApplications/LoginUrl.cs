using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Logto.Generated;

/// <summary>Builds the OIDC authorization URL of a third-party application.</summary>
internal static class LoginUrl
{
    /// <summary>
    /// <c>{endpoint}/oidc/auth?client_id=…&amp;redirect_uri=…&amp;response_type=code&amp;scope=…&amp;state=…</c>, then
    /// <c>&amp;resource=…</c> per API resource; each value form-encoded (spaces as <c>+</c>, reserved characters such as
    /// <c>:</c> and <c>/</c> percent-encoded).
    /// </summary>
    public static string Build(Uri endpoint, string clientId, string redirectUri, LoginScopes scopes, string state)
    {
        var url = new StringBuilder(endpoint.AbsoluteUri.TrimEnd('/'));
        url.Append("/oidc/auth?client_id=").Append(WebUtility.UrlEncode(clientId));
        url.Append("&redirect_uri=").Append(WebUtility.UrlEncode(redirectUri));
        url.Append("&response_type=code");
        url.Append("&scope=").Append(WebUtility.UrlEncode(string.Join(' ', scopes.Scopes)));
        url.Append("&state=").Append(WebUtility.UrlEncode(state));
        foreach (var resource in scopes.Resources)
        {
            url.Append("&resource=").Append(WebUtility.UrlEncode(resource));
        }

        return url.ToString();
    }

    /// <summary>32 cryptographically random bytes, base64url-encoded without padding (43 characters).</summary>
    public static string RandomState()
    {
        var text = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        return text.TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
