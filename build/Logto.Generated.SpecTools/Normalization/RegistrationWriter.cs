using System.Text;

namespace Logto.Generated.SpecTools.Normalization;

/// <summary>
/// Writes the dependency-injection registrations of the two facades that need no machine-to-machine credentials,
/// <c>AddLogtoPublicApi</c> and <c>AddLogtoAccountApi</c>, from one template: the same four overloads (an endpoint,
/// options, a configuration section, a name and options), each handing its facade to the hand-written
/// <c>LogtoFacadeRegistration.AddOwn</c>. One template keeps the facades' registrations the same shape by construction.
/// </summary>
internal static class RegistrationWriter
{
    private sealed record Registration(
        string Class, string Method, string Facade, string[] Summary, string What, string Returns, string[] NamedSummary, string NamedParameter, string NamedReturns);

    private static readonly Registration[] Registrations =
    [
        new(
            "LogtoPublicApiServiceCollectionExtensions",
            "AddLogtoPublicApi",
            "Public",
            [
                "Registers only <see cref=\"ILogtoPublicClient\"/>, the operations that need no token (well-known endpoints, status,",
                "the sign-in experience), with dependency injection and IHttpClientFactory, and <see cref=\"ILogtoPublicClientFactory\"/>",
                "to create it by name. It needs no machine-to-machine credentials: only the endpoint and, if you wish, the retries,",
                "timeouts and primary handler of <see cref=\"LogtoClientOptions\"/> are read and validated. Resolving the public client",
                "builds nothing of the Management API or the Account API (no token source, no token cache, no other HTTP client).",
            ],
            "public client",
            "The builder of the public client's HTTP client.",
            [
                "Registers a named public client, such as one per tenant, resolved as the keyed service",
                "<c>[FromKeyedServices(\"staging\")] ILogtoPublicClient</c> or with <see cref=\"ILogtoPublicClientFactory.Create(string)\"/>.",
                "Its options are the named <see cref=\"LogtoClientOptions\"/> of <paramref name=\"name\"/>, which",
                "<c>AddLogtoAccountApi(name, ...)</c> shares; its pipeline is its own. For a name that <c>AddLogtoManagementApi</c>",
                "registers too, this client wins over the one that registration adds.",
            ],
            "The client's name; it is also the key of its service.",
            "The builder of this public client's HTTP client."),
        new(
            "LogtoAccountApiServiceCollectionExtensions",
            "AddLogtoAccountApi",
            "Account",
            [
                "Registers only <see cref=\"ILogtoAccountClientFactory\"/>, which creates Account API clients that send a signed-in",
                "user's token, with dependency injection and IHttpClientFactory. It needs no machine-to-machine credentials: only the",
                "endpoint and, if you wish, the retries, timeouts and primary handler of <see cref=\"LogtoClientOptions\"/> are read and",
                "validated. Creating an account client builds nothing of the Management API or the public client (no token source,",
                "no token cache, no other HTTP client).",
            ],
            "Account API client factory",
            "The builder of the HTTP client whose pooled handlers the account clients share.",
            [
                "Registers a named Account API client factory, such as one per tenant, resolved as the keyed service",
                "<c>[FromKeyedServices(\"staging\")] ILogtoAccountClientFactory</c>, or used through the plain factory's",
                "<see cref=\"ILogtoAccountClientFactory.Create(string, ILogtoTokenSource)\"/>. Its options are the named",
                "<see cref=\"LogtoClientOptions\"/> of <paramref name=\"name\"/>, which <c>AddLogtoPublicApi(name, ...)</c> shares; its",
                "pipeline is its own. For a name that <c>AddLogtoManagementApi</c> registers too, these clients win over the ones",
                "that registration adds.",
            ],
            "The registration's name; it is also the key of its factory.",
            "The builder of the HTTP client whose pooled handlers this name's account clients share."),
    ];

    /// <summary>Appends the registrations, in a namespace block of their own (with their usings), to <paramref name="code"/>.</summary>
    public static void Write(StringBuilder code)
    {
        code.Append("""

            namespace Logto.Generated
            {
                using Microsoft.Extensions.Configuration;
                using Microsoft.Extensions.DependencyInjection;

            """);
        foreach (var r in Registrations)
        {
            var add = $"global::Logto.Generated.LogtoFacadeRegistration.AddOwn(services, global::Logto.Generated.LogtoFacade.{r.Facade}";
            var unnamed = "global::Microsoft.Extensions.Options.Options.DefaultName";
            code.Append("    /// <summary>\n");
            Lines(code, r.Summary, "    ");
            code.Append("    /// </summary>\n");
            code.Append($$"""
                    public static class {{r.Class}}
                    {
                        /// <summary>Registers the unnamed {{r.What}} on <paramref name="endpoint"/>, with the default retries and timeouts.</summary>
                        /// <param name="services">The service collection.</param>
                        /// <param name="endpoint">The Logto endpoint, such as <c>https://tenant.logto.app</c>.</param>
                        /// <returns>{{r.Returns}}</returns>
                        /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
                        public static IHttpClientBuilder {{r.Method}}(this IServiceCollection services, System.Uri endpoint) =>
                            {{add}}, {{unnamed}}, endpoint, (options, uri) => options.Configure(o => o.Endpoint = uri));

                        /// <summary>Registers the unnamed {{r.What}} with the given options, validated when the application starts.</summary>
                        /// <param name="services">The service collection.</param>
                        /// <param name="configure">Sets the options.</param>
                        /// <returns>{{r.Returns}}</returns>
                        /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
                        public static IHttpClientBuilder {{r.Method}}(this IServiceCollection services, System.Action<LogtoClientOptions> configure) =>
                            {{add}}, {{unnamed}}, configure, (options, action) => options.Configure(action));

                        /// <summary>Registers the unnamed {{r.What}} with options bound from a configuration section (<c>Endpoint</c>, ...).</summary>
                        /// <param name="services">The service collection.</param>
                        /// <param name="configuration">The section, such as <c>configuration.GetSection("Logto")</c>.</param>
                        /// <returns>{{r.Returns}}</returns>
                        /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
                        public static IHttpClientBuilder {{r.Method}}(this IServiceCollection services, IConfiguration configuration) =>
                            {{add}}, {{unnamed}}, configuration, (options, section) => options.Bind(section));

                        /// <summary>

                """);
            Lines(code, r.NamedSummary, "        ");
            code.Append($$"""
                        /// </summary>
                        /// <param name="services">The service collection.</param>
                        /// <param name="name">{{r.NamedParameter}}</param>
                        /// <param name="configure">Sets the options.</param>
                        /// <returns>{{r.NamedReturns}}</returns>
                        /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
                        /// <exception cref="System.ArgumentException"><paramref name="name"/> is empty or white space.</exception>
                        public static IHttpClientBuilder {{r.Method}}(this IServiceCollection services, string name, System.Action<LogtoClientOptions> configure)
                        {
                            System.ArgumentException.ThrowIfNullOrWhiteSpace(name);
                            return {{add}}, name, configure, (options, action) => options.Configure(action));
                        }
                    }


                """);
        }

        code.Append("}\n");
    }

    private static void Lines(StringBuilder code, string[] lines, string indent)
    {
        foreach (var line in lines)
        {
            code.Append(indent).Append("/// ").Append(line).Append('\n');
        }
    }
}
