using System.Net;
using Logto.Generated.AspNetCore.Tests.TestSupport;
using Logto.Generated.Portal;
using Logto.Generated.Testing;
using Logto.Generated.Webhooks;
using Microsoft.AspNetCore.Builder;

namespace Logto.Generated.AspNetCore.Tests.Portal;

/// <summary>The portal hears Logto's webhooks: a membership change makes the per-user cache read that user again.</summary>
public class PortalWebhookTests
{
    /// <summary>The user the recorded delivery names; the test puts the fake's own id in its place.</summary>
    private const string RecordedUser = "j8o8hammi2un";

    [Test]
    public async Task A_signed_membership_removal_makes_the_next_request_read_the_removed_user_again_and_no_one_else()
    {
        await using var logto = new FakeLogto();
        await logto.StartServerAsync();
        var removedUser = logto.Seed.User("removed");
        var otherUser = logto.Seed.User("someone_else");
        ThirdPartySeed.Application(logto, "a");
        await using var portal = await StartPortalAsync(logto, "--Logto:Webhooks:SigningKeys:0=" + WebhookReceiverUnderTest.SigningKey);
        using var client = new HttpClient { BaseAddress = new Uri(portal.Urls.Single()) };
        await GetApplicationsAsync(client, logto, removedUser);
        await GetApplicationsAsync(client, logto, otherUser);
        var cached = ApiRequests(logto).Count;
        await GetApplicationsAsync(client, logto, removedUser);
        await GetApplicationsAsync(client, logto, otherUser);
        Assert.That(ApiRequests(logto), Has.Count.EqualTo(cached), "both users are cached");

        var recorded = System.Text.Encoding.UTF8.GetString(WebhookReceiverUnderTest.Fixture("10-Organization.Membership.Updated"));
        Assert.That(recorded, Does.Contain(RecordedUser));
        var body = System.Text.Encoding.UTF8.GetBytes(recorded.Replace(RecordedUser, removedUser, StringComparison.Ordinal));
        using var delivery = new HttpRequestMessage(HttpMethod.Post, "/webhooks/logto") { Content = new ByteArrayContent(body) };
        delivery.Headers.Add(LogtoWebhookSignature.HeaderName, LogtoWebhookSignature.Sign(body, WebhookReceiverUnderTest.SigningKey));
        using var answer = await client.SendAsync(delivery);
        var beforeRequests = ApiRequests(logto).Count;
        await GetApplicationsAsync(client, logto, removedUser);
        var removedUserRequests = ApiRequests(logto).Skip(beforeRequests).ToList();
        await GetApplicationsAsync(client, logto, otherUser);
        var otherUserRequests = ApiRequests(logto).Skip(beforeRequests + removedUserRequests.Count).ToList();

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(removedUserRequests, Has.Some.Contains($"/api/users/{removedUser}/organizations"));
        Assert.That(removedUserRequests, Has.All.Contains($"/api/users/{removedUser}/"));
        Assert.That(otherUserRequests, Is.Empty);
    }

    [Test]
    public async Task Without_a_signing_key_the_portal_maps_no_receiver()
    {
        await using var logto = new FakeLogto();
        await logto.StartServerAsync();
        await using var portal = await StartPortalAsync(logto);
        using var client = new HttpClient { BaseAddress = new Uri(portal.Urls.Single()) };

        using var answer = await client.PostAsync("/webhooks/logto", new ByteArrayContent(WebhookReceiverUnderTest.Fixture("10-Organization.Membership.Updated")));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static async Task<WebApplication> StartPortalAsync(FakeLogto logto, params string[] more)
    {
        using var errors = new StringWriter();
        var app = PortalHost.Build(
            PortalArguments.For(logto, ["--Logto:ThirdPartyApplications:UserCacheTimeToLive=00:10:00", .. more]),
            errors);
        Assert.That(app, Is.Not.Null, errors.ToString());
        await app!.StartAsync();
        return app;
    }

    private static List<string> ApiRequests(FakeLogto logto) =>
        logto.Requests.Where(request => request.Path.StartsWith("/api/", StringComparison.Ordinal)).Select(request => request.ToString()).ToList();

    private static async Task GetApplicationsAsync(HttpClient client, FakeLogto logto, string userId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/applications");
        request.Headers.Add("Authorization", "Bearer " + logto.IssueUserAccessToken(userId, EndpointUnderTest.Audience));
        using var response = await client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }
}
