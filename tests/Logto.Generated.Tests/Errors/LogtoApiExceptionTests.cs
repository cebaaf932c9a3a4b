using System.Net;
using System.Text.RegularExpressions;
using Logto.Generated.Tests.TestSupport;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Errors;

public partial class LogtoApiExceptionTests
{
    [Test]
    public void A_404_from_a_generated_operation_carries_status_code_message_and_request_id()
    {
        using var logto = new MockLogto();
        logto.Handler.When(HttpMethod.Get, MockLogto.Endpoint + "api/users/doesnotexist").Respond(_ =>
            MockLogto.Json(HttpStatusCode.NotFound, Fixtures.RealLogto("error-not-found.json"), (LogtoApiException.RequestIdHeader, "req-404")));

        var exception = Assert.ThrowsAsync<LogtoApiException>(() => logto.Client.Users.GetUserAsync("doesnotexist"));

        Assert.That(exception!.StatusCode, Is.EqualTo(404));
        Assert.That(exception.StatusCode, Is.EqualTo((int)HttpStatusCode.NotFound));
        Assert.That(exception.IsNotFound, Is.True);
        Assert.That(exception.Code, Is.EqualTo("entity.not_found"));
        Assert.That(exception.ErrorMessage, Is.EqualTo("The resource does not exist."));
        Assert.That(exception.RequestId, Is.EqualTo("req-404"));
        Assert.That(exception.ResponseBody, Is.EqualTo(Fixtures.RealLogto("error-not-found.json")));
        Assert.That(exception.Message, Does.Contain("HTTP 404").And.Contain("entity.not_found").And.Contain("req-404"));
    }

    [Test]
    public void A_guard_error_carries_details_and_data()
    {
        using var logto = new MockLogto();
        logto.Handler.When(HttpMethod.Get, MockLogto.Endpoint + "api/applications").Respond(_ =>
            MockLogto.Json(HttpStatusCode.BadRequest, Fixtures.RealLogto("error-guard-invalid-input.json")));

        var exception = Assert.ThrowsAsync<LogtoApiException>(() => logto.Client.Applications.ListApplicationsAsync(new ListApplicationsOptions { Types = [new ApplicationType("Nope")] }).GetPageAsync());

        Assert.That(exception!.IsBadRequest, Is.True);
        Assert.That(exception.Code, Is.EqualTo("guard.invalid_input"));
        Assert.That(exception.ErrorMessage, Is.EqualTo("The request query is invalid."));
        Assert.That(exception.Details?.ToString(), Is.EqualTo("Error in key path \"types\": (invalid_union) Invalid input"));
        Assert.That(exception.ErrorData?["issues"]?[0]?["path"]?[0]?.ToString(), Is.EqualTo("types"));
    }

    [TestCase(400, nameof(LogtoApiException.IsBadRequest))]
    [TestCase(401, nameof(LogtoApiException.IsUnauthorized))]
    [TestCase(403, nameof(LogtoApiException.IsForbidden))]
    [TestCase(404, nameof(LogtoApiException.IsNotFound))]
    [TestCase(409, nameof(LogtoApiException.IsConflict))]
    [TestCase(422, nameof(LogtoApiException.IsUnprocessableEntity))]
    [TestCase(429, nameof(LogtoApiException.IsTooManyRequests))]
    [TestCase(500, nameof(LogtoApiException.IsServerError))]
    [TestCase(503, nameof(LogtoApiException.IsServerError))]
    public void Each_status_has_exactly_one_flag(int status, string flag)
    {
        using var logto = new MockLogto();
        logto.Handler.When(HttpMethod.Delete, MockLogto.Endpoint + "api/applications/a1").Respond(_ =>
            MockLogto.Json((HttpStatusCode)status, "{\"code\":\"some.code\",\"message\":\"m\"}"));

        var exception = Assert.ThrowsAsync<LogtoApiException>(() => logto.Client.Applications.DeleteApplicationAsync("a1"));

        var flags = typeof(LogtoApiException).GetProperties()
            .Where(property => property.PropertyType == typeof(bool) && (bool)property.GetValue(exception)!)
            .Select(property => property.Name);
        Assert.That(flags, Is.EqualTo(new[] { flag }));
        Assert.That(exception!.StatusCode, Is.EqualTo(status));
    }

    [Test]
    public void Retry_After_in_seconds_or_as_a_date_is_exposed_as_a_wait()
    {
        using var logto = new MockLogto();
        logto.Handler.When(HttpMethod.Get, MockLogto.Endpoint + "api/users/a").Respond(_ => MockLogto.Json(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "7")));
        logto.Handler.When(HttpMethod.Get, MockLogto.Endpoint + "api/users/b").Respond(_ => MockLogto.Json(
            HttpStatusCode.ServiceUnavailable, "{}", ("Date", "Wed, 21 Oct 2026 07:27:30 GMT"), ("Retry-After", "Wed, 21 Oct 2026 07:28:00 GMT")));
        logto.Handler.When(HttpMethod.Get, MockLogto.Endpoint + "api/users/c").Respond(_ => MockLogto.Json(
            HttpStatusCode.TooManyRequests, "{}", ("Date", "Wed, 21 Oct 2026 07:28:30 GMT"), ("Retry-After", "Wed, 21 Oct 2026 07:28:00 GMT")));
        logto.Handler.When(HttpMethod.Get, MockLogto.Endpoint + "api/users/d").Respond(_ => MockLogto.Json(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "soon")));

        var delay = Assert.ThrowsAsync<LogtoApiException>(() => logto.Client.Users.GetUserAsync("a"));
        var date = Assert.ThrowsAsync<LogtoApiException>(() => logto.Client.Users.GetUserAsync("b"));
        var past = Assert.ThrowsAsync<LogtoApiException>(() => logto.Client.Users.GetUserAsync("c"));
        var unreadable = Assert.ThrowsAsync<LogtoApiException>(() => logto.Client.Users.GetUserAsync("d"));

        Assert.That(delay!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(7)));
        Assert.That(date!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(30)), "a date is measured against the response's Date");
        Assert.That(past!.RetryAfter, Is.EqualTo(TimeSpan.Zero));
        Assert.That(unreadable!.RetryAfter, Is.Null);
    }

    [Test]
    public void A_body_that_is_not_a_Logto_error_is_kept_raw()
    {
        using var logto = new MockLogto();
        logto.Handler.When(HttpMethod.Get, MockLogto.Endpoint + "api/users/u").Respond(HttpStatusCode.BadGateway, "text/html", "<html>bad gateway</html>");

        var exception = Assert.ThrowsAsync<LogtoApiException>(() => logto.Client.Users.GetUserAsync("u"));

        Assert.That(exception!.Code, Is.Null);
        Assert.That(exception.ResponseBody, Is.EqualTo("<html>bad gateway</html>"));
        Assert.That(exception.IsServerError, Is.True);
    }

    [Test]
    public void The_generated_operations_throw_nothing_but_LogtoApiException_and_argument_errors()
    {
        var code = File.ReadAllText(Path.Combine(Fixtures.RepoRoot, "src", "Logto.Generated", "obj", "generated", "Logto.Generated.g.cs"));

        var thrown = ThrowNew().Matches(code).Select(match => match.Groups[1].Value).Distinct().Order().ToList();

        // LogtoResponseReader.FailureAsync returns a LogtoApiException (its return type says so).
        Assert.That(thrown, Is.EqualTo(new[] { "await LogtoResponseReader.FailureAsync", "new System.ArgumentNullException" }));
        Assert.That(ThrowNew().Matches(code).Count(match => match.Groups[1].Value.Contains("FailureAsync", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(359));
        Assert.That(typeof(LogtoResponseReader).GetMethod(nameof(LogtoResponseReader.FailureAsync))!.ReturnType, Is.EqualTo(typeof(Task<LogtoApiException>)));
    }

    [GeneratedRegex(@"throw ((?:new|await) [\w.]+)\(")]
    private static partial Regex ThrowNew();
}
