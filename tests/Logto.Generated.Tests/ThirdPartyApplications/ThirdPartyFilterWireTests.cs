using System.Net;
using Logto.Generated.Tests.TestSupport;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.ThirdPartyApplications;

/// <summary>
/// A server that lists first-party applications despite <c>isThirdParty=true</c>: not what Logto does, so a wire
/// test with exact bodies rather than the fake Logto.
/// </summary>
public class ThirdPartyFilterWireTests
{
    private const string Applications = """
        [{"tenantId":"default","id":"first-party","name":"first-party.example.com","description":null,"type":"Traditional",
          "oidcClientMetadata":{"redirectUris":["https://first-party.example.com/callback"],"postLogoutRedirectUris":[]},
          "customClientMetadata":{},"protectedAppMetadata":null,"customData":{},"isThirdParty":false,"appLevelAccessControlEnabled":false,"createdAt":1767225600000},
         {"tenantId":"default","id":"third-party","name":"third-party.example.com","description":null,"type":"Traditional",
          "oidcClientMetadata":{"redirectUris":["https://third-party.example.com/callback"],"postLogoutRedirectUris":[]},
          "customClientMetadata":{},"protectedAppMetadata":null,"customData":{},"isThirdParty":true,"appLevelAccessControlEnabled":false,"createdAt":1767225600000}]
        """;

    [Test]
    public async Task Drops_first_party_applications_a_server_lists_despite_the_filter()
    {
        using var logto = new MockLogto();
        var list = logto.Handler.When(HttpMethod.Get, MockLogto.Endpoint + "api/applications").WithExactQueryString("isThirdParty=true&page=1&page_size=100")
            .Respond(_ => Json(Applications, ("Total-Number", "2")));
        logto.Handler.When(HttpMethod.Get, MockLogto.Endpoint + "api/applications/third-party/sign-in-experience")
            .Respond(_ => Json("""{"code":"entity.not_exists_with_id","message":"The entity with id `third-party` does not exist in `application_sign_in_experiences`."}""", status: HttpStatusCode.NotFound));
        logto.Handler.When(HttpMethod.Get, MockLogto.Endpoint + "api/applications/third-party/user-consent-scopes")
            .Respond(_ => Json("""{"organizationScopes":[],"resourceScopes":[],"organizationResourceScopes":[],"userScopes":[]}"""));
        logto.Handler.When(HttpMethod.Get, MockLogto.Endpoint + "api/users/u1/roles").Respond(_ => Json("[]", ("Total-Number", "0")));
        logto.Handler.When(HttpMethod.Get, MockLogto.Endpoint + "api/users/u1/organizations").Respond(_ => Json("[]"));
        logto.Handler.Fallback.Respond(request => throw new AssertionException("no other request may be sent, none about the first-party application: " + request.RequestUri));
        using var service = new ThirdPartyApplicationsService(
            logto.Client, new ThirdPartyApplicationsOptions { LoginEndpoint = new Uri(MockLogto.Endpoint), RefreshJitter = 0 }, null, null, new ManualTimeProvider());

        var ids = await service.IdsForAsync("u1");

        Assert.That(ids, Is.EqualTo(new[] { "third-party" }));
        Assert.That(logto.Handler.GetMatchCount(list), Is.EqualTo(1));
    }

    private static HttpResponseMessage Json(string body, params (string Name, string Value)[] headers) => Json(body, HttpStatusCode.OK, headers);

    private static HttpResponseMessage Json(string body, HttpStatusCode status, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.Add(name, value);
        }

        return response;
    }
}
