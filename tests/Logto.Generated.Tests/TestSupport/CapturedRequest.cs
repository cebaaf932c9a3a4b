namespace Logto.Generated.Tests.TestSupport;

/// <summary>What a request carried, read when it arrived.</summary>
internal sealed record CapturedRequest(HttpMethod Method, Uri? Uri, string? Authorization, string? ContentType, string? Body, DateTimeOffset At)
{
    public static async Task<CapturedRequest> FromAsync(HttpRequestMessage request, DateTimeOffset at) => new(
        request.Method,
        request.RequestUri,
        request.Headers.Authorization?.ToString(),
        request.Content?.Headers.ContentType?.ToString(),
        request.Content is null ? null : await request.Content.ReadAsStringAsync(),
        at);
}
