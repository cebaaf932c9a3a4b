using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Logto.Generated.AspNetCore;

/// <summary>The checks a <c>MapLogto…</c> method makes before it maps: its arguments, and the registrations it needs.</summary>
internal static class RequiredRegistrations
{
    /// <summary>
    /// Throws for a null <paramref name="endpoints"/> or an empty <paramref name="pattern"/>, and, when the container
    /// can tell, for each needed service that is missing, naming the call that registers it.
    /// </summary>
    public static void Check(IEndpointRouteBuilder endpoints, string pattern, string what, params (Type Service, string Registration)[] needed)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var registered = endpoints.ServiceProvider.GetService<IServiceProviderIsService>();
        foreach (var (service, registration) in needed)
        {
            if (registered is not null && !registered.IsService(service))
            {
                throw new InvalidOperationException($"Call services.{registration}(...) before mapping {what}.");
            }
        }
    }
}
