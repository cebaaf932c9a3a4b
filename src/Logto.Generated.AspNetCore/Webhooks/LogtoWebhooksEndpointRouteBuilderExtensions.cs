using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Logto.Generated.AspNetCore;

/// <summary>Maps the Logto webhook receiver.</summary>
public static class LogtoWebhooksEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST {pattern}</c>, the URL to give a Logto hook. It reads the raw body (at most
    /// <see cref="LogtoWebhookOptions.MaxBodySize"/>), verifies its <c>logto-signature-sha-256</c> header against the
    /// configured signing keys before reading it, and runs the handlers of the event's type. It answers 200 once they
    /// ran, or when the delivery was handled already; 401 for a missing or wrong signature; 413 for a body over the
    /// limit; 400 for a signed body that is not a Logto event; 500 when a handler throws and 503 while the same delivery
    /// is still being handled, so that Logto retries. An event with no handler, or of a name this version does not
    /// know, gets 200. Needs <c>AddLogtoWebhooks</c>.
    /// </summary>
    /// <param name="endpoints">The application or route group.</param>
    /// <param name="pattern">The route, <c>/webhooks/logto</c> by default.</param>
    /// <returns>The endpoint's builder, for rate limiting, host filtering or metadata. Do not add authentication: Logto sends none.</returns>
    /// <exception cref="InvalidOperationException"><c>AddLogtoWebhooks</c> was not called.</exception>
    public static IEndpointConventionBuilder MapLogtoWebhooks(this IEndpointRouteBuilder endpoints, string pattern = "/webhooks/logto")
    {
        RequiredRegistrations.Check(endpoints, pattern, "the Logto webhook receiver", (typeof(LogtoWebhookDispatcher), "AddLogtoWebhooks"));

        var endpoint = endpoints.MapPost(pattern, (RequestDelegate)LogtoWebhookEndpoint.HandleAsync);
        endpoint.WithDisplayName("Logto webhooks");
        return endpoint;
    }
}
