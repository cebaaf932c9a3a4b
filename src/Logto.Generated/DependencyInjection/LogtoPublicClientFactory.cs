using Microsoft.Extensions.DependencyInjection;

namespace Logto.Generated;

/// <summary>Creates the public clients of the container's registrations by name.</summary>
internal sealed class LogtoPublicClientFactory(IServiceProvider provider, LogtoFacadeTargets targets) : ILogtoPublicClientFactory
{
    public ILogtoPublicClient Create(string name) =>
        new UnownedLogtoPublicClient(provider.GetRequiredService<IHttpClientFactory>().CreateClient(targets.Find(LogtoFacade.Public, name).HttpClientName));
}
