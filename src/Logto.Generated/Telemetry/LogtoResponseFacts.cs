namespace Logto.Generated;

/// <summary>
/// The few facts about a response that telemetry and the health check report: Logto's request id and error code.
/// Never the body itself.
/// </summary>
internal static class LogtoResponseFacts
{
    /// <summary>The largest error body read for Logto's error <c>code</c>; Logto's errors are a few hundred bytes.</summary>
    private const long MaxErrorBodyLength = 64 * 1024;

    /// <summary>Longer strings are not Logto error codes and are not reported.</summary>
    private const int MaxErrorCodeLength = 100;

    /// <summary>The <c>Logto-Core-Request-Id</c> of a response, or null.</summary>
    public static string? RequestIdOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(LogtoApiException.RequestIdHeader, out var ids) ? ids.FirstOrDefault() : null;

    /// <summary>Logto's error <c>code</c> from a small error body, or null.</summary>
    public static async Task<string?> ErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength is not (> 0 and <= MaxErrorBodyLength))
        {
            return null;
        }

        try
        {
            // The API client's innermost handler has buffered the body already; buffering again is a no-op that keeps
            // the body re-readable for the generated client.
            await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
            var code = LogtoError.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false))?.Code;
            return code is { Length: <= MaxErrorCodeLength } ? code : null;
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or InvalidOperationException)
        {
            return null;
        }
    }
}
