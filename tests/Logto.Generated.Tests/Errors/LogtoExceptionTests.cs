using System.Net;
using System.Reflection;
using Logto.Generated.Tests.TestSupport;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Errors;

/// <summary>The one exception root: every failure derives from it, and what an answer said is declared on it once.</summary>
public class LogtoExceptionTests
{
    private static readonly Type[] Failures =
        [typeof(LogtoApiException), typeof(LogtoAuthenticationException), typeof(LogtoTimeoutException), typeof(LogtoTransportException),
         typeof(LogtoRateLimitException), typeof(ThirdPartyApplicationCatalogLoadingException), typeof(Logto.Generated.Webhooks.LogtoWebhookPayloadException)];

    [Test]
    public void Every_public_exception_of_the_library_derives_from_LogtoException()
    {
        var exceptions = typeof(LogtoException).Assembly.GetExportedTypes().Where(type => typeof(Exception).IsAssignableFrom(type)).ToList();

        Assert.That(exceptions, Is.EquivalentTo(Failures.Append(typeof(LogtoException))));
        Assert.That(Failures, Has.All.Matches<Type>(type => type.BaseType == typeof(LogtoException)));
        Assert.That(typeof(LogtoException).IsAbstract, Is.True);
        Assert.That(typeof(LogtoException).GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Where(c => c.IsFamily || c.IsPublic || c.IsFamilyOrAssembly), Is.Empty,
            "only this library derives from the root, so that a catch of each subclass covers every failure");
    }

    [Test]
    public void No_subclass_declares_a_member_of_the_root_again()
    {
        var shared = typeof(LogtoException).GetProperties().Select(property => property.Name).ToHashSet();

        var repeated = Failures
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(property => $"{type.Name}.{property.Name}"))
            .Where(name => shared.Contains(name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..]));

        Assert.That(repeated, Is.Empty);
        Assert.That(shared, Is.SupersetOf(new[] { "StatusCode", "Code", "ErrorMessage", "RequestId", "ResponseBody", "RetryAfter", "IsNotFound", "IsTooManyRequests" }));
    }

    [Test]
    public void The_root_has_one_status_member_and_names_the_body_so_nobody_takes_it_for_a_LogtoResponse()
    {
        var names = typeof(LogtoException).GetProperties().Select(p => p.Name).ToList();

        Assert.That(names.Where(n => n.Contains("Status", StringComparison.Ordinal)), Is.EqualTo(new[] { "StatusCode" }));
        Assert.That(names, Does.Not.Contain("Response"));
        Assert.That(typeof(LogtoException).GetProperty("ResponseBody")!.PropertyType, Is.EqualTo(typeof(string)));
    }

    [Test]
    public void One_catch_of_LogtoException_covers_an_API_error_with_its_status_checks()
    {
        using var logto = new MockLogto();
        logto.Handler.When(HttpMethod.Get, MockLogto.Endpoint + "api/users/gone").Respond(_ =>
            MockLogto.Json(HttpStatusCode.NotFound, Fixtures.RealLogto("error-not-found.json"), (LogtoException.RequestIdHeader, "req-1")));

        LogtoException? caught = null;
        try
        {
            logto.Client.Users.GetUserAsync("gone").GetAwaiter().GetResult();
        }
        catch (LogtoException exception) when (exception.IsNotFound)
        {
            caught = exception;
        }

        Assert.That(caught, Is.InstanceOf<LogtoApiException>());
        Assert.That(caught!.Code, Is.EqualTo("entity.not_found"));
        Assert.That(caught.RequestId, Is.EqualTo("req-1"));
        Assert.That(caught.StatusCode, Is.EqualTo((int)HttpStatusCode.NotFound));
    }

    [Test]
    public void An_authentication_failure_carries_the_token_endpoint_answer_on_the_root()
    {
        LogtoException exception = new LogtoAuthenticationException(
            "refused", new Uri("https://tenant.logto.app/oidc/token"), 401, "invalid_client", "client authentication failed", "oidc.invalid_client", "req-2", "{}", null);

        Assert.That(exception.StatusCode, Is.EqualTo(401));
        Assert.That(exception.IsUnauthorized, Is.True);
        Assert.That(exception.Code, Is.EqualTo("oidc.invalid_client"));
        Assert.That(exception.RequestId, Is.EqualTo("req-2"));
        Assert.That(exception.ResponseBody, Is.EqualTo("{}"));
        Assert.That(exception.RetryAfter, Is.Null);
    }

    [Test]
    public void Failures_without_an_answer_have_no_status()
    {
        LogtoException timeout = new LogtoTimeoutException("Logto HTTP GET /api/users timed out.", LogtoTimeoutKind.Total, TimeSpan.FromSeconds(1), null);
        LogtoException refused = new LogtoTransportException("Logto HTTP GET /api/users failed: refused", new HttpRequestException(HttpRequestError.ConnectionError, "refused"));

        Assert.That(new[] { timeout.StatusCode, refused.StatusCode }, Has.All.Null);
        Assert.That(new[] { timeout.IsServerError, refused.IsServerError, timeout.IsNotFound }, Has.All.False);
        Assert.That(((LogtoTransportException)refused).HttpRequestError, Is.EqualTo(HttpRequestError.ConnectionError));
    }

    [Test]
    public void A_transport_exception_needs_its_cause()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => _ = new LogtoTransportException("failed", null!));

        Assert.That(exception!.ParamName, Is.EqualTo("innerException"));
    }
}
