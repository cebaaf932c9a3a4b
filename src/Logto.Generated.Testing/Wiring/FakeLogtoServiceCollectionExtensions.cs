using Microsoft.Extensions.DependencyInjection;

namespace Logto.Generated.Testing;

/// <summary>Points the dependency-injection registration of the Management API client at a <see cref="FakeLogto"/>.</summary>
public static class FakeLogtoServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Management API client as <c>AddLogtoManagementApi</c> does, pointed at the fake and sending every
    /// request (token requests included) to it in process.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="fake">The fake Logto.</param>
    /// <returns>The builder of the API's HTTP client.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHttpClientBuilder AddLogtoManagementApi(this IServiceCollection services, FakeLogto fake)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(fake);
        var builder = services.AddLogtoManagementApi(fake.Configure);
        services.UseFakeLogto(fake);
        return builder;
    }

    /// <summary>
    /// Repoints a registration made elsewhere (the application's own <c>AddLogtoManagementApi</c>, in a
    /// WebApplicationFactory's <c>ConfigureTestServices</c>) at the fake: its options get the fake's endpoint and
    /// credentials, and its HTTP clients the fake's in-process handler.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="fake">The fake Logto.</param>
    /// <param name="name">The name of a named registration; the unnamed one when empty.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection UseFakeLogto(this IServiceCollection services, FakeLogto fake, string name = "")
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(fake);
        ArgumentNullException.ThrowIfNull(name);
        services.PostConfigure<LogtoManagementOptions>(name, fake.Configure);
        foreach (var client in new[]
                 {
                     LogtoManagementServiceCollectionExtensions.GetHttpClientName(name),
                     LogtoManagementServiceCollectionExtensions.GetTokenHttpClientName(name),
                     LogtoManagementServiceCollectionExtensions.GetPublicHttpClientName(name),
                     LogtoManagementServiceCollectionExtensions.GetAccountHttpClientName(name),
                 })
        {
            services.AddHttpClient(client).ConfigurePrimaryHttpMessageHandler(fake.CreateHandler);
        }

        return services;
    }
}
