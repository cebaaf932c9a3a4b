using System.Text;
using Newtonsoft.Json;

namespace Logto.Generated.Benchmarks.Peers.Newtonsoft;

/// <summary>
/// The baseline: what a developer writes by hand with a raw <see cref="HttpClient"/> and Newtonsoft.Json, streaming
/// the response into the same generated models with the same (cached) serializer settings. No header dictionary, no
/// error mapping, no response wrapper: only what the benchmarked calls need.
/// </summary>
public sealed class NewtonsoftRawClient(HttpClient httpClient)
{
    private static readonly JsonSerializerSettings Settings = LogtoJson.CreateSettings();
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    public Task<RawPage<Application>> ListApplicationsAsync(CancellationToken cancellationToken) =>
        GetPageAsync<Application>("api/applications?page=1&page_size=100", cancellationToken);

    public Task<RawPage<User>> ListUsersAsync(CancellationToken cancellationToken) =>
        GetPageAsync<User>("api/users?page=1&page_size=100", cancellationToken);

    public async Task<User> GetUserAsync(string userId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/users/" + Uri.EscapeDataString(userId));
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return await ReadAsync<User>(response, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Application> CreateApplicationAsync(CreateApplicationRequest body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/applications")
        {
            Content = new StringContent(JsonConvert.SerializeObject(body, Settings), Encoding.UTF8, "application/json"),
        };
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return await ReadAsync<Application>(response, cancellationToken).ConfigureAwait(false);
    }

    private async Task<RawPage<T>> GetPageAsync<T>(string pathAndQuery, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        var items = await ReadAsync<List<T>>(response, cancellationToken).ConfigureAwait(false);
        return new RawPage<T>(items, RawPage<T>.TotalOf(response));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        return response.EnsureSuccessStatusCode();
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(stream);
        using var json = new JsonTextReader(reader);
        return Serializer.Deserialize<T>(json) ?? throw new InvalidDataException("The body was null.");
    }
}
