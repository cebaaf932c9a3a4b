using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Logto.Generated.Benchmarks.Peers.SystemTextJson;

/// <summary>
/// The practical limit: a raw <see cref="HttpClient"/> with System.Text.Json source-generated (benchmark-only) models,
/// streaming the response; as little as a client can do for these calls.
/// </summary>
public sealed class SystemTextJsonRawClient(HttpClient httpClient)
{
    private static readonly BenchmarkJsonContext Context = BenchmarkJsonContext.Default;

    public Task<RawPage<StjApplication>> ListApplicationsAsync(CancellationToken cancellationToken) =>
        GetPageAsync("api/applications?page=1&page_size=100", Context.ListStjApplication, cancellationToken);

    public Task<RawPage<StjUser>> ListUsersAsync(CancellationToken cancellationToken) =>
        GetPageAsync("api/users?page=1&page_size=100", Context.ListStjUser, cancellationToken);

    public async Task<StjUser> GetUserAsync(string userId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/users/" + Uri.EscapeDataString(userId));
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, Context.StjUser, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StjApplication> CreateApplicationAsync(StjCreateApplicationRequest body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/applications")
        {
            Content = JsonContent.Create(body, Context.StjCreateApplicationRequest),
        };
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, Context.StjApplication, cancellationToken).ConfigureAwait(false);
    }

    private async Task<RawPage<T>> GetPageAsync<T>(string pathAndQuery, JsonTypeInfo<List<T>> typeInfo, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        var items = await ReadAsync(response, typeInfo, cancellationToken).ConfigureAwait(false);
        return new RawPage<T>(items, RawPage<T>.TotalOf(response));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        return response.EnsureSuccessStatusCode();
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException("The body was null.");
    }
}
