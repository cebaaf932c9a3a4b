using System.Net;
using Logto.Generated.Tests.TestSupport;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Generated;

public class ApplicationsWireTests
{
    [Test]
    public async Task ListApplications_sends_repeated_types_and_boolean_isThirdParty_and_reads_the_total()
    {
        using var logto = new MockLogto();
        var request = logto.Handler
            .Expect(HttpMethod.Get, MockLogto.Endpoint + "api/applications")
            .WithExactQueryString("types=SPA&types=Native&isThirdParty=true&page=2&page_size=50")
            .Respond(req => new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(Fixtures.RealLogto("list-applications-100.json"), System.Text.Encoding.UTF8, "application/json"),
                Headers = { { "Total-Number", "101" } },
            });

        var response = await logto.Client.Applications.ListApplicationsAsync(
            new ListApplicationsOptions { Types = [ApplicationType.SPA, ApplicationType.Native], IsThirdParty = true, PageSize = 50 }).GetPageAsync(2);

        logto.Handler.VerifyNoOutstandingExpectation();
        Assert.That(response.Items, Has.Count.EqualTo(100));
        Assert.That(response.TotalCount, Is.EqualTo(101));
        var first = response.Items.First();
        Assert.That(first.Id, Is.Not.Empty);
        Assert.That(first.Type.IsKnown, Is.True);
    }
}
