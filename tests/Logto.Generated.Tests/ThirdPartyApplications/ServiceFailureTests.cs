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
        using var fake = new MockLogtoTenant();
        var service = ThirdPartyServices.Create(fake);

        var exception = Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), () => service.GetForUserAsync(userId!));

        Assert.That(((ArgumentException)exception!).ParamName, Is.EqualTo("userId"));
        Assert.That(fake.Tenant.Requests, Is.Empty);
    }

    [Test]
    public async Task A_user_id_is_sent_as_one_escaped_path_segment()
    {
        using var fake = new MockLogtoTenant();
        fake.Tenant.AddUser("a/b c");

        await ThirdPartyServices.Create(fake).GetForUserAsync("a/b c");

        Assert.That(fake.Tenant.Requests, Does.Contain("GET /api/users/a%2Fb%20c/organizations"));
    }

    [Test]
    public void A_failed_user_request_surfaces_as_LogtoApiException()
    {
        using var fake = new MockLogtoTenant();
        fake.Tenant.AddUser("u1");
        fake.Tenant.AddApplication("a");
        fake.Tenant.Fail("/api/users/u1/roles?page=1&page_size=100", 500, "internal_server_error", "Boom.");

        var exception = Assert.ThrowsAsync<LogtoApiException>(() => ThirdPartyServices.Create(fake).GetForUserAsync("u1"));

        Assert.That(exception!.StatusCode, Is.EqualTo(500));
        Assert.That(exception.Code, Is.EqualTo("internal_server_error"));
        Assert.That(exception.RequestId, Is.EqualTo("req-500"));
    }

    [Test]
    public void An_unknown_user_surfaces_as_not_found()
    {
        using var fake = new MockLogtoTenant();
        fake.Tenant.AddApplication("a");

        var exception = Assert.ThrowsAsync<LogtoApiException>(() => ThirdPartyServices.Create(fake).GetForUserAsync("ghost"));

        Assert.That(exception!.IsNotFound, Is.True);
        Assert.That(exception.Code, Is.EqualTo("entity.not_found"));
    }

    [Test]
    public void A_failed_per_application_request_of_the_first_load_surfaces_as_LogtoApiException()
    {
        using var fake = new MockLogtoTenant();
        fake.Tenant.AddUser("u1");
        fake.Tenant.AddApplication("a");
        fake.Tenant.AddApplication("b");
        fake.Tenant.Fail("/api/applications/b/user-consent-scopes", 403, "auth.forbidden", "Forbidden.");

        var exception = Assert.ThrowsAsync<LogtoApiException>(() => ThirdPartyServices.Create(fake).GetForUserAsync("u1"));

        Assert.That(exception!.IsForbidden, Is.True);
        Assert.That(exception.Code, Is.EqualTo("auth.forbidden"));
    }

    [Test]
    public void A_failed_access_control_request_other_than_404_is_not_taken_as_open()
    {
        using var fake = new MockLogtoTenant();
        fake.Tenant.AddUser("u1");
        fake.Tenant.AddApplication("a").WithAccessControl(userIds: ["u1"]);
        fake.Tenant.Fail("/api/applications/a/access-control", 500);

        Assert.ThrowsAsync<LogtoApiException>(() => ThirdPartyServices.Create(fake).GetForUserAsync("u1"));
    }

    [Test]
    public void A_cancelled_call_sends_nothing()
    {
        using var fake = new MockLogtoTenant();
        fake.Tenant.AddUser("u1");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), () => ThirdPartyServices.Create(fake).GetForUserAsync("u1", cancelled.Token));
        Assert.That(fake.Tenant.Requests, Is.Empty);
    }

    [Test]
    public void A_state_factory_returning_nothing_is_reported()
    {
        using var fake = new MockLogtoTenant();
        fake.Tenant.AddUser("u1");
        fake.Tenant.AddApplication("a");
        var service = ThirdPartyServices.Create(fake, options => options.StateFactory = _ => "");

        var exception = Assert.ThrowsAsync<InvalidOperationException>(() => service.GetForUserAsync("u1"));

        Assert.That(exception!.Message, Does.Contain("StateFactory").And.Contain("'a'"));
    }
}
