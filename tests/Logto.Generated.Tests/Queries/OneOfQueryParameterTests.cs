using System.Net;
using Logto.Generated.Tests.TestSupport;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Queries;

/// <summary>The query parameters the spec declares as oneOf/anyOf, and how the client writes them.</summary>
public class OneOfQueryParameterTests
{
    [Test]
    public void The_spec_has_exactly_two_oneOf_query_parameters_both_on_ListApplications()
    {
        var spec = JObject.Parse(File.ReadAllText(Path.Combine(Fixtures.SharedDirectory, "spec", "logto-oss-swagger.json")));
        var found = new List<string>();
        foreach (var path in ((JObject)spec["paths"]!).Properties())
        {
            foreach (var operation in ((JObject)path.Value).Properties().Where(p => p.Name != "parameters"))
            {
                foreach (var parameter in operation.Value["parameters"]?.Children<JObject>() ?? [])
                {
                    var schema = parameter["schema"];
                    if ((string?)parameter["in"] == "query" && (schema?["oneOf"] is not null || schema?["anyOf"] is not null))
                    {
                        found.Add($"{operation.Value["operationId"]}.{parameter["name"]}");
                    }
                }
            }
        }

        Assert.That(found, Is.EquivalentTo(new[] { "ListApplications.types", "ListApplications.isThirdParty" }));
    }

    [TestCase("SPA", "types=SPA&page=1&page_size=100")]
    [TestCase("SPA,Native", "types=SPA&types=Native&page=1&page_size=100")]
    [TestCase("Native,SPA,Traditional,MachineToMachine,Protected,SAML", "types=Native&types=SPA&types=Traditional&types=MachineToMachine&types=Protected&types=SAML&page=1&page_size=100")]
    public async Task Types_is_sent_once_per_value(string values, string expectedQuery)
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/applications", 0);
        var types = values.Split(',').Select(ApplicationType.FromValue).ToArray();

        var response = await logto.Client.Applications.ListApplicationsAsync(new ListApplicationsOptions { Types = types }).GetPageAsync();

        Assert.That(list.Queries, Is.EqualTo(new[] { expectedQuery }));
        Assert.That(response.Items, Is.Empty);
        Assert.That(response.TotalCount, Is.EqualTo(0));
    }

    [Test]
    public async Task An_empty_types_collection_sends_no_types_key()
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/applications", 0);

        await logto.Client.Applications.ListApplicationsAsync(new ListApplicationsOptions { Types = [] }).GetPageAsync();

        Assert.That(list.Queries, Is.EqualTo(new[] { "page=1&page_size=100" }));
    }

    [TestCase(true, "isThirdParty=true&page=1&page_size=100")]
    [TestCase(false, "isThirdParty=false&page=1&page_size=100")]
    public async Task IsThirdParty_is_the_literal_true_or_false(bool isThirdParty, string expectedQuery)
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/applications", 3);

        var response = await logto.Client.Applications.ListApplicationsAsync(new ListApplicationsOptions { IsThirdParty = isThirdParty }).GetPageAsync();

        Assert.That(list.Queries, Is.EqualTo(new[] { expectedQuery }));
        Assert.That(response.Items.Select(application => application.Id), Is.EqualTo(MockLogtoList.ItemIds(3)));
    }

    [Test]
    public async Task Every_ListApplications_filter_is_written_in_spec_order()
    {
        using var logto = new MockLogto();
        var list = MockLogtoList.Serve(logto, "api/applications", 0);

        await logto.Client.Applications.ListApplicationsAsync(new ListApplicationsOptions
        {
            Types = [ApplicationType.MachineToMachine],
            ExcludeRoleId = "role 1",
            ExcludeOrganizationId = "org/1",
            IsThirdParty = false,
            PageSize = 100,
            Search = new LogtoSearch().Match("name", "%app%"),
        }).GetPageAsync(2);

        Assert.That(list.Queries, Is.EqualTo(new[]
        {
            "types=MachineToMachine&excludeRoleId=role%201&excludeOrganizationId=org%2F1&isThirdParty=false&page=2&page_size=100&search.name=%25app%25",
        }));
    }

    [Test]
    public void An_unknown_type_reaches_the_server_and_its_400_becomes_a_LogtoApiException()
    {
        using var logto = new MockLogto();
        logto.Handler
            .Expect(HttpMethod.Get, MockLogto.Endpoint + "api/applications")
            .WithExactQueryString("types=Nope&page=1&page_size=100")
            .Respond(HttpStatusCode.BadRequest, "application/json", Fixtures.RealLogto("error-guard-invalid-input.json"));

        var error = Assert.ThrowsAsync<LogtoApiException>(() =>
            logto.Client.Applications.ListApplicationsAsync(new ListApplicationsOptions { Types = [ApplicationType.FromValue("Nope")] }).GetPageAsync());

        logto.Handler.VerifyNoOutstandingExpectation();
        Assert.That(error!.StatusCode, Is.EqualTo(400));
        Assert.That(error.Code, Is.EqualTo("guard.invalid_input"));
    }
}
