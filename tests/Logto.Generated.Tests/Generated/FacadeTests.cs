using System.Net;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Generated;

/// <summary>The Account API client sends the user's token; the public client sends none.</summary>
public class FacadeTests
{
    [Test]
    public async Task The_account_client_sends_the_users_access_token_and_asks_for_a_new_one_after_a_401()
    {
        using var handler = new MockHttpMessageHandler();
        var tokens = new Queue<string>(["user-token-1", "user-token-2"]);
        var sent = new List<string?>();
        handler.When(HttpMethod.Get, "https://tenant.logto.app/api/my-account").Respond(request =>
        {
            sent.Add(request.Headers.Authorization?.ToString());
            return sent.Count == 1
                ? new HttpResponseMessage(HttpStatusCode.Unauthorized)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"id\":\"u1\"}", System.Text.Encoding.UTF8, "application/json") };
        });
        var account = LogtoAccountClient.Create(new Uri("https://tenant.logto.app"), new QueueTokenSource(tokens), handler);

        var profile = await account.MyAccount.GetProfileAsync();

        Assert.That(profile.Id, Is.EqualTo("u1"));
        Assert.That(sent, Is.EqualTo(new[] { "Bearer user-token-1", "Bearer user-token-2" }));
    }

    [Test]
    public async Task The_public_client_sends_no_authorization()
    {
        using var handler = new MockHttpMessageHandler();
        HttpRequestMessage? sent = null;
        handler.When(HttpMethod.Get, "https://tenant.logto.app/api/status").Respond(request =>
        {
            sent = request;
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        });

        await LogtoPublicClient.Create(new Uri("https://tenant.logto.app/"), handler).Status.GetStatusAsync();

        Assert.That(sent!.Headers.Authorization, Is.Null);
    }

    [Test]
    public void A_relative_endpoint_is_refused_naming_it() =>
        Assert.That(
            () => LogtoPublicClient.Create(new Uri("/relative", UriKind.Relative), new MockHttpMessageHandler()),
            Throws.ArgumentException.With.Property("ParamName").EqualTo("endpoint"));

    private sealed class QueueTokenSource(Queue<string> tokens) : ILogtoTokenSource
    {
        public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(tokens.Peek());

        public ValueTask<string> RenewAccessTokenAsync(string rejectedAccessToken, CancellationToken cancellationToken)
        {
            tokens.Dequeue();
            return ValueTask.FromResult(tokens.Peek());
        }
    }
}
