using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Logto.Generated.AspNetCore;

/// <summary>Maps the third-party applications endpoint.</summary>
public static class ThirdPartyApplicationsEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>GET {pattern}</c>, which requires an authenticated caller of the
    /// <see cref="LogtoAccessTokenDefaults.AuthenticationScheme"/> scheme (a Logto access token,
    /// <c>Authorization: Bearer …</c>), then answers 200 <c>{code: 200, message: "Applications retrieved successfully",
    /// data: [...]}</c> with the third-party applications the user (<c>sub</c>) may access; 401 <c>{code: 401, message:
    /// "invalid token", data: {}}</c> for a missing or invalid token; 500 <c>{code, message, data: {type, errors,
    /// details}}</c> when Logto fails (<c>external_api_error</c>) or the user id is unusable (<c>validation_error</c>).
    /// Needs <c>AddLogtoThirdPartyApplications</c> and <c>AddLogtoThirdPartyApplicationsEndpoint</c>.
    /// </summary>
    /// <param name="endpoints">The application or route group.</param>
    /// <param name="pattern">The route, <c>/api/applications</c> by default.</param>
    /// <returns>
    /// The endpoint's builder: add <c>RequireAuthorization(policy)</c> for your own policies (they apply on top of the
    /// token check), CORS, rate limiting or metadata.
    /// </returns>
    /// <exception cref="InvalidOperationException">A required registration is missing.</exception>
    public static IEndpointConventionBuilder MapLogtoThirdPartyApplications(this IEndpointRouteBuilder endpoints, string pattern = "/api/applications")
    {
        RequiredRegistrations.Check(
            endpoints,
            pattern,
            "the third-party applications endpoint",
            (typeof(LogtoJwtBearerSetup), "AddLogtoThirdPartyApplicationsEndpoint"),
            (typeof(IThirdPartyApplicationsService), "AddLogtoThirdPartyApplications"));

        var endpoint = endpoints.MapGet(pattern, ThirdPartyApplicationsHandler.HandleAsync);
        endpoint.WithDisplayName("Logto third-party applications");
        endpoint.RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = LogtoAccessTokenDefaults.AuthenticationScheme });
        return endpoint;
    }
}
