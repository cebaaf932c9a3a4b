using Logto.Generated.Tests.TestSupport;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Queries;

/// <summary>An id is always one path segment, whatever it contains.</summary>
public class PathEscapingTests
{
    [TestCase("plain-id", "api/users/plain-id")]
    [TestCase("a/b", "api/users/a%2Fb")]
    [TestCase("a?b=c", "api/users/a%3Fb%3Dc")]
    [TestCase("a#b", "api/users/a%23b")]
    [TestCase("100%", "api/users/100%25")]
    [TestCase("../admin", "api/users/..%2Fadmin")]
    [TestCase("ünï cödé", "api/users/%C3%BCn%C3%AF%20c%C3%B6d%C3%A9")]
    [TestCase("line\nbreak\u0001", "api/users/line%0Abreak%01")]
    public async Task A_path_parameter_stays_one_escaped_segment(string id, string expectedPath)
    {
        using var logto = new MockLogto();
        Uri? sent = null;
        logto.Handler.Fallback.Respond(request =>
        {
            sent = request.RequestUri;
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("{}") };
        });

        await logto.Client.Users.GetUserAsync(id);

        Assert.That(sent!.AbsoluteUri, Is.EqualTo(MockLogto.Endpoint + expectedPath));
    }

    [TestCase("")]
    [TestCase(null)]
    [TestCase(".")]
    [TestCase("..")]
    public void An_id_that_cannot_be_one_segment_is_refused_before_any_request(string? id)
    {
        using var logto = new MockLogto();
        logto.Handler.Fallback.Throw(new AssertionException("no request may be sent"));

        var error = Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), () => logto.Client.Users.GetUserAsync(id!));

        Assert.That(((ArgumentException)error!).ParamName, Is.EqualTo("userId"));
    }
}
