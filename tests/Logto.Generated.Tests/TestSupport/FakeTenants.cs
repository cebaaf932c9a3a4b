using Logto.Generated.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>
/// Several Logto Cloud tenants, each a <see cref="FakeLogto"/> at <c>https://{tenant}.logto.app</c> with its own M2M
/// client id, secret and signing key, so that one tenant refuses another's credentials and tokens.
/// </summary>
internal sealed class FakeTenants : IAsyncDisposable
{
    private readonly Dictionary<string, FakeLogto> _fakes = new(StringComparer.Ordinal);

    public FakeTenants(params string[] tenants)
    {
        foreach (var tenant in tenants)
        {
            _fakes[tenant] = new FakeLogto(new FakeLogtoOptions
            {
                Endpoint = new Uri($"https://{tenant}.logto.app/"),
                ClientId = tenant + "-client-id",
                ClientSecret = tenant + "-s3cret-Value_9f8e",
            });
        }
    }

    public FakeLogto this[string tenant] => _fakes[tenant];

    /// <summary>Sends the HTTP clients of the registration <paramref name="name"/> to <paramref name="tenant"/>, leaving its options as registered.</summary>
    public void Route(IServiceCollection services, string name, string tenant)
    {
        foreach (var client in new[]
                 {
                     LogtoManagementServiceCollectionExtensions.GetHttpClientName(name),
                     LogtoManagementServiceCollectionExtensions.GetTokenHttpClientName(name),
                 })
        {
            services.AddHttpClient(client).ConfigurePrimaryHttpMessageHandler(_fakes[tenant].CreateHandler);
        }
    }

    /// <summary>Seeds users with these usernames in every tenant and clears the request logs; returns each tenant's ids by username.</summary>
    public Dictionary<string, Dictionary<string, string>> SeedUsers(params string[] usernames)
    {
        var ids = _fakes.ToDictionary(
            tenant => tenant.Key,
            tenant => usernames.ToDictionary(username => username, username => tenant.Value.Seed.User(username), StringComparer.Ordinal),
            StringComparer.Ordinal);
        foreach (var fake in _fakes.Values)
        {
            fake.ClearRequests();
        }

        return ids;
    }

    public IReadOnlyList<FakeLogtoRequest> TokenRequests(string tenant) =>
        _fakes[tenant].Requests.Where(request => request.OperationId == FakeLogto.TokenOperation).ToList();

    /// <summary>The Management API requests of <paramref name="tenant"/>, seeding excluded.</summary>
    public IReadOnlyList<FakeLogtoRequest> ApiRequests(string tenant) =>
        _fakes[tenant].Requests.Where(request => request.OperationId != FakeLogto.TokenOperation).ToList();

    public async ValueTask DisposeAsync()
    {
        foreach (var fake in _fakes.Values)
        {
            await fake.DisposeAsync();
        }
    }
}
