namespace Logto.Generated;

/// <summary>Recognises Logto Cloud endpoints, whose Management API resource can be derived from the host.</summary>
internal static class LogtoEndpoints
{
    private const string CloudDomain = ".logto.app";

    /// <summary>
    /// Returns the URL an endpoint with a wrong path should have been, or null when its path may be right. A Logto Cloud
    /// host serves Logto at <c>/</c>, so any path there is wrong; elsewhere a path prefix (a reverse proxy's
    /// <c>/logto</c>) is kept, but a path reaching into Logto's own routes (<c>/api</c>, <c>/oidc</c>) is wrong.
    /// </summary>
    public static Uri? RootOf(Uri endpoint)
    {
        var segments = endpoint.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return null;
        }

        var kept = CloudResource(new Uri(endpoint, "/")) is not null
            ? 0
            : Array.FindIndex(segments, segment => segment.Equals("api", StringComparison.OrdinalIgnoreCase) || segment.Equals("oidc", StringComparison.OrdinalIgnoreCase));
        return kept < 0 ? null : new Uri(endpoint, "/" + string.Concat(segments.Take(kept).Select(segment => segment + "/")));
    }

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
