using System.Net.Http.Headers;

namespace Logto.Generated.SpecTools.Drift;

/// <summary>Reads a spec's bytes from a file path or an http(s) URL, failing with a message that names the source.</summary>
internal static class SpecFetcher
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static bool TryGetUrl(string source, out Uri url) =>
        Uri.TryCreate(source, UriKind.Absolute, out url!) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    public static async Task<byte[]> ReadAsync(string source, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (TryGetUrl(source, out var url))
        {
            return await DownloadAsync(url, timeout, cancellationToken);
        }

        if (!File.Exists(source))
        {
            throw new FileNotFoundException($"The spec file {Path.GetFullPath(source)} does not exist.");
        }

        return await File.ReadAllBytesAsync(source, cancellationToken);
    }

    /// <summary>The URL without user info, query or fragment, which may carry credentials.</summary>
    public static string Display(Uri url) => url.GetLeftPart(UriPartial.Path).Replace(url.UserInfo + "@", string.Empty, StringComparison.Ordinal);

    private static async Task<byte[]> DownloadAsync(Uri url, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = timeout };
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/yaml", 0.9));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.8));
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new IOException($"Cannot download the spec from {Display(url)}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            return await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new IOException($"Cannot download the spec from {Display(url)}: {ex.Message}", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new IOException($"Cannot download the spec from {Display(url)}: no answer within {timeout.TotalSeconds:0} s.", ex);
        }
    }
}
