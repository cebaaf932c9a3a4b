using Microsoft.Extensions.DependencyInjection;

namespace Logto.Generated;

/// <summary>
/// Creates the Account API clients of one registration: each on the registration's pooled Account API handlers, behind
/// a handler that puts the user's token source on every request (see <see cref="LogtoUserTokens"/>).
/// </summary>
internal sealed class LogtoAccountClientFactory(IServiceProvider provider, LogtoManagementRegistration registration) : ILogtoAccountClientFactory
{
    public ILogtoAccountClient Create(ILogtoTokenSource userAccessTokens)
    {
        ArgumentNullException.ThrowIfNull(userAccessTokens);
        var pooled = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(registration.AccountHttpClientName);
        var httpClient = new HttpClient(LogtoUserTokens.Stamp(userAccessTokens, pooled), disposeHandler: false)
        {
            BaseAddress = registration.Resolve<LogtoHttpPipeline>(provider).Settings.ApiBaseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        return new LogtoAccountClient(httpClient);
    }
}
