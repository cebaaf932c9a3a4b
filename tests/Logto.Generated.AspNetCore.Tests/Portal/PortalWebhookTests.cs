using System.Net;
using Logto.Generated.AspNetCore.Tests.TestSupport;
using Logto.Generated.Portal;
using Logto.Generated.Webhooks;
using Microsoft.AspNetCore.Builder;

namespace Logto.Generated.AspNetCore.Tests.Portal;

/// <summary>The portal hears Logto's webhooks: a membership change makes the per-user cache read that user again.</summary>
public class PortalWebhookTests
{
    private const string RemovedUser = "j8o8hammi2un";
    private const string OtherUser = "someone-else";

    [Test]
    public async Task A_signed_membership_removal_makes_the_next_request_read_the_removed_user_again_and_no_one_else()
    {
        await using var logto = await StubLogto.StartAsync();
        logto.Tenant.AddUser(RemovedUser);
        logto.Tenant.AddUser(OtherUser);
        logto.Tenant.AddApplication("a");
        await using var portal = await StartPortalAsync(logto, "--Logto:Webhooks:SigningKeys:0=" + WebhookReceiverUnderTest.SigningKey);
        using var client = new HttpClient { BaseAddress = new Uri(portal.Urls.Single()) };
        await GetApplicationsAsync(client, logto, RemovedUser);
        await GetApplicationsAsync(client, logto, OtherUser);
        var cached = logto.ApiRequests.Count;
        await GetApplicationsAsync(client, logto, RemovedUser);
        await GetApplicationsAsync(client, logto, OtherUser);
        Assert.That(logto.ApiRequests.Count, Is.EqualTo(cached), "both users are cached");

        var body = WebhookReceiverUnderTest.Fixture("10-Organization.Membership.Updated");
        using var delivery = new HttpRequestMessage(HttpMethod.Post, "/webhooks/logto") { Content = new ByteArrayContent(body) };
        delivery.Headers.Add(LogtoWebhookSignature.HeaderName, LogtoWebhookSignature.Sign(body, WebhookReceiverUnderTest.SigningKey));
        using var answer = await client.SendAsync(delivery);
        var beforeRequests = logto.ApiRequests.Count;
        await GetApplicationsAsync(client, logto, RemovedUser);
        var removedUserRequests = logto.ApiRequests.Skip(beforeRequests).ToList();
        await GetApplicationsAsync(client, logto, OtherUser);
        var otherUserRequests = logto.ApiRequests.Skip(beforeRequests + removedUserRequests.Count).ToList();

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(removedUserRequests, Has.Some.Contains($"/api/users/{RemovedUser}/organizations"));
        Assert.That(removedUserRequests, Has.All.Contains($"/api/users/{RemovedUser}/"));
        Assert.That(otherUserRequests, Is.Empty);
    }

    [Test]
    public async Task Without_a_signing_key_the_portal_maps_no_receiver()
    {
        await using var logto = await StubLogto.StartAsync();
        await using var portal = await StartPortalAsync(logto);
        using var client = new HttpClient { BaseAddress = new Uri(portal.Urls.Single()) };

        using var answer = await client.PostAsync("/webhooks/logto", new ByteArrayContent(WebhookReceiverUnderTest.Fixture("10-Organization.Membership.Updated")));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static async Task<WebApplication> StartPortalAsync(StubLogto logto, params string[] more)
    {
        using var errors = new StringWriter();
        var app = PortalHost.Build(
            [
                "--urls=http://127.0.0.1:0",
                "--Logto:Endpoint=" + logto.Endpoint,
                "--Logto:ClientId=m2m",
                "--Logto:ClientSecret=secret",
                "--Logto:Resource=https://default.logto.app/api",
                "--Logto:Audience=" + EndpointUnderTest.Audience,
                "--Logto:RequireHttpsMetadata=false",
                "--Logto:ThirdPartyApplications:UserCacheTimeToLive=00:10:00",
                .. more,
            ],
            errors);
        Assert.That(app, Is.Not.Null, errors.ToString());
        await app!.StartAsync();
        return app;
    }

    private static async Task GetApplicationsAsync(HttpClient client, StubLogto logto, string userId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/applications");
        request.Headers.Add("Authorization", "Bearer " + logto.PublishedKeys[0].CreateToken(logto.Issuer, EndpointUnderTest.Audience, userId));
        using var response = await client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }
}
