using Microsoft.Extensions.DependencyInjection;

namespace Logto.Generated;

/// <summary>
/// Creates Account API clients: each on its registration's pooled handlers, behind a handler that puts the user's token
/// source on every request (see <see cref="LogtoUserTokens"/>). The plain factory's own name is the unnamed registration;
/// a keyed factory's is its key.
/// </summary>
internal sealed class LogtoAccountClientFactory(IServiceProvider provider, LogtoFacadeTargets targets, string ownName) : ILogtoAccountClientFactory
{
    public ILogtoAccountClient Create(ILogtoTokenSource userAccessTokens)
    {
        ArgumentNullException.ThrowIfNull(userAccessTokens);
        if (!targets.Contains(LogtoFacade.Account, ownName))
        {
            throw new InvalidOperationException(
                "No unnamed Logto Account API client is registered, only named ones: use Create(name, userAccessTokens), inject [FromKeyedServices(name)] ILogtoAccountClientFactory, or register one with AddLogtoAccountApi(endpoint).");
        }

        return CreateOn(targets.Find(LogtoFacade.Account, ownName), userAccessTokens);
    }

    public ILogtoAccountClient Create(string name, ILogtoTokenSource userAccessTokens)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(userAccessTokens);
        return CreateOn(targets.Find(LogtoFacade.Account, name), userAccessTokens);
    }

    private LogtoAccountClient CreateOn(LogtoFacadeTarget target, ILogtoTokenSource userAccessTokens)
    {
        var pooled = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(target.HttpClientName);
        var httpClient = new HttpClient(LogtoUserTokens.Stamp(userAccessTokens, pooled), disposeHandler: false)
        {
            BaseAddress = target.Pipeline(provider).Settings.ApiBaseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        return new LogtoAccountClient(httpClient);
    }
}
