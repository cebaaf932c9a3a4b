using Microsoft.Extensions.DependencyInjection;

namespace Logto.Generated;

/// <summary>
/// One client registered by <c>AddLogtoManagementApi</c>: the unnamed one or a named one (a tenant). The unnamed
/// client's services are plain registrations; a named client's are keyed services whose key is its name. Each has its
/// own options (named options), its own pipeline and token source, and its own IHttpClientFactory clients (API, token,
/// public, account).
/// </summary>
internal sealed class LogtoManagementRegistration
{
    public LogtoManagementRegistration(string name)
    {
        Name = name;
        HttpClientName = LogtoManagementServiceCollectionExtensions.GetHttpClientName(name);
        TokenHttpClientName = LogtoManagementServiceCollectionExtensions.GetTokenHttpClientName(name);
        PublicHttpClientName = LogtoManagementServiceCollectionExtensions.GetPublicHttpClientName(name);
        AccountHttpClientName = LogtoManagementServiceCollectionExtensions.GetAccountHttpClientName(name);
    }

    /// <summary>The client's name; empty (<see cref="Microsoft.Extensions.Options.Options.DefaultName"/>) for the unnamed client.</summary>
    public string Name { get; }

    /// <summary>The key of the client's services: its name, or null (plain services) for the unnamed client.</summary>
    public object? ServiceKey => Name.Length == 0 ? null : Name;

    public string HttpClientName { get; }

    public string TokenHttpClientName { get; }

    /// <summary>The IHttpClientFactory client of the public client: the API pipeline without authentication.</summary>
    public string PublicHttpClientName { get; }

    /// <summary>The IHttpClientFactory client whose handlers the Account API clients share; each request carries its user's tokens.</summary>
    public string AccountHttpClientName { get; }

    /// <summary>Resolves one of this client's services.</summary>
    public T Resolve<T>(IServiceProvider provider)
        where T : notnull =>
        ServiceKey is { } key ? provider.GetRequiredKeyedService<T>(key) : provider.GetRequiredService<T>();

    /// <summary>Registers one of this client's services unless it is registered already.</summary>
    public void TryAdd(IServiceCollection services, Type serviceType, ServiceLifetime lifetime, Func<IServiceProvider, object> factory) =>
        LogtoFacadeRegistration.TryAdd(services, Name, serviceType, lifetime, factory);

    /// <summary>A new HTTP client for API calls, with this client's handlers and base address.</summary>
    public HttpClient CreateHttpClient(IServiceProvider provider) =>
        provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);

    /// <summary>A new facade on a new HTTP client from the factory; it holds nothing to dispose.</summary>
    public ILogtoManagementClient CreateClient(IServiceProvider provider) => new UnownedLogtoManagementClient(CreateHttpClient(provider));

    /// <summary>Whether <paramref name="services"/> already holds this client's registration.</summary>
    public bool IsIn(IServiceCollection services) =>
        services.Any(service => service.ServiceType == typeof(LogtoManagementRegistration)
            && !service.IsKeyedService
            && service.ImplementationInstance is LogtoManagementRegistration registered
            && registered.Name == Name);
}
