namespace Logto.Generated;

/// <summary>Recognises Logto Cloud endpoints, whose Management API resource can be derived from the host.</summary>
internal static class LogtoEndpoints
{
    private const string CloudDomain = ".logto.app";

    /// <summary>
    /// Returns <c>https://{tenant}.logto.app/api</c> for an endpoint on a Logto Cloud host
    /// (<c>https://{tenant}.logto.app</c>), or null for any other endpoint.
    /// </summary>
    public static string? CloudResource(Uri endpoint)
    {
        if (!endpoint.IsAbsoluteUri || endpoint.Scheme != Uri.UriSchemeHttps || !endpoint.IsDefaultPort)
        {
            return null;
        }

        var host = endpoint.IdnHost.ToLowerInvariant();
        if (!host.EndsWith(CloudDomain, StringComparison.Ordinal))
        {
            return null;
        }

        var tenant = host[..^CloudDomain.Length];
        return tenant.Length > 0 && !tenant.Contains('.', StringComparison.Ordinal) ? $"https://{tenant}{CloudDomain}/api" : null;
    }
}
