using Logto.Generated.Testing;
using Logto.Generated.Tests.TestSupport;

namespace Logto.Generated.Tests.ThirdPartyApplications;

/// <summary>Bad input, Logto failures and cancellation.</summary>
public class ServiceFailureTests
{
    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase(".")]
    [TestCase("..")]
    public void A_bad_user_id_is_refused_before_any_request(string? userId)
    {
        using var fake = new FakeLogto();
        var service = ThirdPartyServices.Create(fake);

        var exception = Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), () => service.GetForUserAsync(userId!));

        Assert.That(((ArgumentException)exception!).ParamName, Is.EqualTo("userId"));
        Assert.That(fake.Requests, Is.Empty);
    }

    [Test]
    public void A_user_id_is_sent_as_one_escaped_path_segment()
    {
        using var fake = new FakeLogto();

        var exception = Assert.ThrowsAsync<LogtoApiException>(() => ThirdPartyServices.Create(fake).GetForUserAsync("a/b c"));

        // The fake matched the escaped id to the one {userId} segment of the route, and found no such user.
        var user = fake.Requests.Where(request => request.Path.StartsWith("/api/users/", StringComparison.Ordinal)).Select(request => (request.Path, request.Route)).ToList();
        Assert.That(user, Is.Not.Empty.And.SubsetOf(new[]
        {
            ("/api/users/a%2Fb%20c/roles", "/api/users/{userId}/roles"),
            ("/api/users/a%2Fb%20c/organizations", "/api/users/{userId}/organizations"),
        }));
        Assert.That(exception!.IsNotFound, Is.True);
    }

    [Test]
    public void A_failed_user_request_surfaces_as_LogtoApiException()
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        fake.App("a");
        fake.InjectFault("ListUserRoles", FakeLogtoFault.Error(500, "internal_server_error", "Boom."));

        var exception = Assert.ThrowsAsync<LogtoApiException>(() => ThirdPartyServices.Create(fake).GetForUserAsync(u1));

        Assert.That(exception!.StatusCode, Is.EqualTo(500));
        Assert.That(exception.Code, Is.EqualTo("internal_server_error"));
        Assert.That(exception.RequestId, Is.Not.Null.And.Not.Empty, "the fake's Logto-Core-Request-Id");
    }

    [Test]
    public void An_unknown_user_surfaces_as_not_found()
    {
        using var fake = new FakeLogto();
        fake.App("a");

        var exception = Assert.ThrowsAsync<LogtoApiException>(() => ThirdPartyServices.Create(fake).GetForUserAsync("ghost"));

        Assert.That(exception!.IsNotFound, Is.True);
        Assert.That(exception.Code, Is.EqualTo("entity.not_found"));
    }

    [Test]
    public void A_failed_per_application_request_of_the_first_load_surfaces_as_LogtoApiException()
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        fake.App("a");
        var b = fake.App("b");
        fake.InjectFault(
            "ListApplicationUserConsentScopes", FakeLogtoFault.Error(403, "auth.forbidden", "Forbidden."), when: request => request.Path == $"/api/applications/{b}/user-consent-scopes");

        var exception = Assert.ThrowsAsync<LogtoApiException>(() => ThirdPartyServices.Create(fake).GetForUserAsync(u1));

        Assert.That(exception!.IsForbidden, Is.True);
        Assert.That(exception.Code, Is.EqualTo("auth.forbidden"));
    }

    [Test]
    public void A_failed_access_control_request_other_than_404_is_not_taken_as_open()
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        var a = fake.App("a");
        fake.Gate(a, userIds: [u1]);
        fake.InjectFault("GetApplicationAccessControl", FakeLogtoFault.ServerError(500));

        Assert.ThrowsAsync<LogtoApiException>(() => ThirdPartyServices.Create(fake).GetForUserAsync(u1));
    }

    [Test]
    public void A_cancelled_call_sends_nothing()
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        fake.ClearRequests();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), () => ThirdPartyServices.Create(fake).GetForUserAsync(u1, cancelled.Token));
        Assert.That(fake.Requests, Is.Empty);
    }

    [Test]
    public void A_state_factory_returning_nothing_is_reported()
    {
        using var fake = new FakeLogto();
        var u1 = fake.Seed.User("u1");
        var a = fake.App("a");
        var service = ThirdPartyServices.Create(fake, options => options.StateFactory = _ => "");

        var exception = Assert.ThrowsAsync<InvalidOperationException>(() => service.GetForUserAsync(u1));

        Assert.That(exception!.Message, Does.Contain("StateFactory").And.Contain($"'{a}'"));
    }
}
