using System.Net;
using Logto.Generated.Tests.TestSupport;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Http;

/// <summary>Generated clients name the operation of every request they send (every operation: EveryOperationTests).</summary>
public class LogtoOperationInfoTests
{
    [Test]
    public async Task Each_operation_attaches_one_cached_instance_with_its_route_template_not_the_concrete_path()
    {
        using var logto = new MockLogto();
        var seen = new List<LogtoOperationInfo?>();
        logto.Handler.Fallback.Respond(request =>
        {
            seen.Add(LogtoOperationInfo.Of(request));
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        });

        await logto.Client.Users.DeleteUserAsync("user-1");
        await logto.Client.Users.DeleteUserAsync("user-2");
        await logto.Client.Roles.DeleteRoleAsync("role-1");

        Assert.That(seen[0], Is.EqualTo(new LogtoOperationInfo("DeleteUser", "DELETE", "/api/users/{userId}")));
        Assert.That(seen[1], Is.SameAs(seen[0]));
        Assert.That(seen[2], Is.EqualTo(new LogtoOperationInfo("DeleteRole", "DELETE", "/api/roles/{id}")));
    }

    [Test]
    public void A_request_the_generated_clients_did_not_send_has_no_operation()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://tenant.logto.app/api/users");

        Assert.That(LogtoOperationInfo.Of(request), Is.Null);
    }
}
