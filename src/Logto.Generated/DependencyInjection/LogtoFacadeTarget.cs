using Microsoft.Extensions.DependencyInjection;

namespace Logto.Generated;

/// <summary>The two facades that a registration of their own or <c>AddLogtoManagementApi</c> can provide.</summary>
internal enum LogtoFacade
{
    /// <summary><see cref="ILogtoPublicClient"/>: no token.</summary>
    Public,

    /// <summary><see cref="ILogtoAccountClientFactory"/>: a signed-in user's token on each request.</summary>
    Account,
}

/// <summary>
/// Where the public or account facade of one name sends its requests: an IHttpClientFactory client and the pipeline it
/// is built on. A facade's own registration (<c>AddLogtoPublicApi</c>, <c>AddLogtoAccountApi</c>) has a pipeline of its
/// own, a keyed singleton whose key is this target; the facades <c>AddLogtoManagementApi</c> adds share the Management
/// API registration's pipeline. A facade's own registration wins over the one <c>AddLogtoManagementApi</c> adds, in
/// whichever order they are made.
/// </summary>
internal sealed class LogtoFacadeTarget(LogtoFacade facade, string name, string httpClientName, Func<IServiceProvider, LogtoHttpPipeline>? sharedPipeline)
{
    public LogtoFacade Facade => facade;

    /// <summary>The registration's name; empty for the unnamed one.</summary>
    public string Name => name;

    public string HttpClientName => httpClientName;

    /// <summary>Whether this target comes from the facade's own registration rather than from <c>AddLogtoManagementApi</c>.</summary>
    public bool IsOwnRegistration => sharedPipeline is null;

    /// <summary>The method that registers this facade on its own, for messages.</summary>
    public static string RegistrationMethod(LogtoFacade facade) => facade == LogtoFacade.Public ? "AddLogtoPublicApi" : "AddLogtoAccountApi";

    /// <summary>The IHttpClientFactory client of a facade's own registration.</summary>
    public static string OwnHttpClientName(LogtoFacade facade, string name)
    {
        var prefix = facade == LogtoFacade.Public ? "Logto.Generated.PublicOnly" : "Logto.Generated.AccountOnly";
        return name.Length == 0 ? prefix : prefix + ":" + name;
    }

    public LogtoHttpPipeline Pipeline(IServiceProvider provider) =>
        sharedPipeline is { } shared ? shared(provider) : provider.GetRequiredKeyedService<LogtoHttpPipeline>(this);

    /// <summary>New API handlers of this facade on <paramref name="pipeline"/>: no authentication, or each request's user tokens.</summary>
    public DelegatingHandler[] CreateHandlers(LogtoHttpPipeline pipeline) =>
        Facade == LogtoFacade.Public ? pipeline.CreateApiHandlers(tokenSource: null) : pipeline.CreateUserTokenApiHandlers();
}
