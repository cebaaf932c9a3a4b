using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Logto.Generated.AspNetCore.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Logto.Generated.AspNetCore.Tests.Webhooks;

/// <summary>Which deliveries make the third-party applications service forget which users.</summary>
public class ThirdPartyApplicationsInvalidationTests
{
    [TestCase("01-User.Created", "")]
    [TestCase("02-User.Data.Updated", "user j8o8hammi2un")]
    [TestCase("03-User.SuspensionStatus.Updated", "user j8o8hammi2un")]
    [TestCase("04-Role.Created", "all")]
    [TestCase("05-Role.Data.Updated", "all")]
    [TestCase("06-Organization.Created", "")]
    [TestCase("07-Organization.Data.Updated", "")]
    [TestCase("08-Organization.Membership.Updated", "user j8o8hammi2un")]
    [TestCase("09-OrganizationRole.Created", "all")]
    [TestCase("10-Organization.Membership.Updated", "user j8o8hammi2un")]
    [TestCase("11-OrganizationRole.Deleted", "all")]
    [TestCase("12-Organization.Deleted", "all")]
    [TestCase("13-Role.Deleted", "all")]
    [TestCase("14-User.Deleted", "user j8o8hammi2un")]
    public async Task A_real_delivery_invalidates_what_it_may_have_changed(string delivery, string expected)
    {
        var service = new RecordingService();
        await using var receiver = await WebhookReceiverUnderTest.StartAsync(_ => { }, services: services => services.AddSingleton<IThirdPartyApplicationsService>(service));

        using var response = await receiver.DeliverAsync(WebhookReceiverUnderTest.Fixture(delivery));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(string.Join(", ", service.Calls), Is.EqualTo(expected));
    }

    [TestCase("""{"event":"Organization.Membership.Updated","createdAt":"2026-12-05T08:00:00Z","method":"PUT","params":{"id":"o1"},"organizationId":"o1"}""", "all")]
    [TestCase("""{"event":"Organization.Membership.Updated","createdAt":"2026-12-05T08:00:00Z","organizationId":"o1","addedUserIds":["u1","u2"],"removedUserIds":["u3","u1"]}""", "user u1, user u2, user u3")]
    [TestCase("""{"event":"OrganizationRole.Scopes.Updated","createdAt":"2026-12-05T08:00:00Z","params":{"id":"r1"}}""", "all")]
    [TestCase("""{"event":"Role.Scopes.Updated","createdAt":"2026-12-05T08:00:00Z","params":{"id":"r1"}}""", "all")]
    [TestCase("""{"event":"User.Deleted","createdAt":"2026-12-05T08:00:00Z","params":{"userId":"u7"}}""", "user u7")]
    [TestCase("""{"event":"Scope.Created","createdAt":"2026-12-05T08:00:00Z"}""", "")]
    public async Task Other_deliveries_invalidate_the_users_they_name_or_everyone(string body, string expected)
    {
        var service = new RecordingService();
        await using var receiver = await WebhookReceiverUnderTest.StartAsync(_ => { }, services: services => services.AddSingleton<IThirdPartyApplicationsService>(service));

        using var response = await receiver.DeliverAsync(Encoding.UTF8.GetBytes(body));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(string.Join(", ", service.Calls), Is.EqualTo(expected));
    }

    [Test]
    public async Task A_list_Logto_may_have_cut_short_invalidates_everyone()
    {
        var service = new RecordingService();
        await using var receiver = await WebhookReceiverUnderTest.StartAsync(_ => { }, services: services => services.AddSingleton<IThirdPartyApplicationsService>(service));
        var ids = string.Join(",", Enumerable.Range(0, 5000).Select(i => $"\"u{i}\""));

        using var response = await receiver.DeliverAsync(Encoding.UTF8.GetBytes($$"""{"event":"Organization.Membership.Updated","createdAt":"2026-12-05T08:00:00Z","organizationId":"o1","addedUserIds":[{{ids}}]}"""));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(service.Calls, Is.EqualTo(new[] { "all" }));
    }

    [Test]
    public async Task Without_the_service_deliveries_are_still_answered()
    {
        await using var receiver = await WebhookReceiverUnderTest.StartAsync(_ => { });

        using var response = await receiver.DeliverAsync(WebhookReceiverUnderTest.Fixture("14-User.Deleted"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private sealed class RecordingService : IThirdPartyApplicationsService
    {
        public ConcurrentQueue<string> Calls { get; } = new();

        public ThirdPartyApplicationCatalogStatus CatalogStatus => throw new NotSupportedException();

        public Task<IReadOnlyList<ThirdPartyApplication>> GetForUserAsync(string userId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task WarmUpAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task InvalidateUserAsync(string userId, CancellationToken cancellationToken = default)
        {
            Calls.Enqueue("user " + userId);
            return Task.CompletedTask;
        }

        public Task InvalidateAllUsersAsync(CancellationToken cancellationToken = default)
        {
            Calls.Enqueue("all");
            return Task.CompletedTask;
        }
    }
}
