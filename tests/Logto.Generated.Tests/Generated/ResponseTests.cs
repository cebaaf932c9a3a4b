using System.Net;
using Logto.Generated.Tests.TestSupport;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Generated;

/// <summary>The raw response of a call, without a second request: the WithResponse twins and the pages of a list.</summary>
public class ResponseTests
{
    [Test]
    public async Task A_WithResponse_twin_gives_the_status_headers_request_id_and_body_from_one_request()
    {
        using var logto = new MockLogto();
        var calls = 0;
        logto.Handler.When(HttpMethod.Get, MockLogto.Endpoint + "api/users/u1").Respond(_ =>
        {
            calls++;
            var reply = MockLogto.Json(HttpStatusCode.OK, Fixtures.RealLogto("get-user.json"));
            reply.Headers.Add(LogtoApiException.RequestIdHeader, "req-1");
            reply.Headers.Add("X-Custom", ["a", "b"]);
            return reply;
        });

        var response = await logto.Client.Users.GetUserWithResponseAsync("u1");

        Assert.That(calls, Is.EqualTo(1));
        Assert.That(response.StatusCode, Is.EqualTo(200));
        Assert.That(response.Value.Username, Is.EqualTo("bench_user_93"));
        Assert.That(response.RequestId, Is.EqualTo("req-1"));
        Assert.That(response.GetHeader("x-custom"), Is.EqualTo("a"), "the first value, by case-insensitive name");
        Assert.That(response.GetHeader("content-type"), Does.StartWith("application/json"), "content headers too");
        Assert.That(response.GetHeader("X-Absent"), Is.Null);
        Assert.That(response.Headers["X-CUSTOM"], Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public async Task An_operation_without_a_body_gives_its_response_too()
    {
        using var logto = new MockLogto();
        logto.Handler.When(HttpMethod.Delete, MockLogto.Endpoint + "api/users/u1").Respond(_ =>
        {
            var reply = new HttpResponseMessage(HttpStatusCode.NoContent);
            reply.Headers.Add(LogtoApiException.RequestIdHeader, "req-2");
            return reply;
        });

        LogtoResponse response = await logto.Client.Users.DeleteUserWithResponseAsync("u1");

        Assert.That((response.StatusCode, response.RequestId), Is.EqualTo((204, "req-2")));
    }

    [Test]
    public async Task A_page_carries_its_response()
    {
        using var logto = new MockLogto();
        logto.Handler.When(HttpMethod.Get, MockLogto.Endpoint + "api/users").Respond(_ =>
            MockLogto.Json(HttpStatusCode.OK, "[{\"id\":\"a\"}]", ("Total-Number", "1"), (LogtoApiException.RequestIdHeader, "req-3")));

        var page = await logto.Client.Users.ListUsersAsync().GetPageAsync();

        Assert.That((page.Response!.StatusCode, page.RequestId, page.TotalCount), Is.EqualTo((200, "req-3", (long?)1)));
    }

    [Test]
    public void An_error_is_still_a_LogtoApiException_with_its_request_id()
    {
        using var logto = new MockLogto();
        logto.Handler.When(HttpMethod.Get, MockLogto.Endpoint + "api/users/u1").Respond(_ =>
            MockLogto.Json(HttpStatusCode.NotFound, Fixtures.RealLogto("error-not-found.json"), (LogtoApiException.RequestIdHeader, "req-4")));

        var error = Assert.ThrowsAsync<LogtoApiException>(() => logto.Client.Users.GetUserWithResponseAsync("u1"));

        Assert.That((error!.StatusCode, error.RequestId, error.Code), Is.EqualTo((404, "req-4", "entity.not_found")));
    }
}
