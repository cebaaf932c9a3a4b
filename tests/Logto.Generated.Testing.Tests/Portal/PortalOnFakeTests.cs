using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Logto.Generated.Portal;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace Logto.Generated.Testing.Tests.Portal;

/// <summary>The portal on the fake Logto: WebApplicationFactory, and the <c>--demo</c> switch.</summary>
public class PortalOnFakeTests
{
    private static readonly string[] Settings = ["Endpoint", "ClientId", "ClientSecret", "Resource", "Audience", "RequireHttpsMetadata"];

    [Test]
    public async Task With_WebApplicationFactory_a_token_the_fake_issued_gets_the_users_applications()
    {
        await using var logto = new FakeLogto();
        await logto.StartServerAsync();
        var data = logto.Seed.DemoData();
        SetEnvironment(logto);
        try
        {
            await using var factory = new WebApplicationFactory<Program>()
                .WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.UseFakeLogto(logto)));
            using var client = factory.CreateClient();

            var alice = await GetAsync(client, logto.IssueUserAccessToken(data.AliceId, PortalDemo.Audience));
            var bob = await GetAsync(client, logto.IssueUserAccessToken(data.BobId, PortalDemo.Audience));

            Assert.That((int?)alice["code"], Is.EqualTo(200));
            Assert.That((string?)alice["message"], Is.EqualTo("Applications retrieved successfully"));
            Assert.That(Ids(alice), Is.EquivalentTo(new[] { data.OpenApplicationId, data.AcmeApplicationId, data.PartnerApplicationId }), "Alice: open, Acme member, partner role");
            Assert.That(Ids(bob), Is.EqualTo(new[] { data.OpenApplicationId }), "Bob: the open application only");
            var notes = alice["data"]!.AsArray().Single(item => (string?)item!["id"] == data.OpenApplicationId)!;
            Assert.That((string?)notes["branding"]!["display_name"], Is.EqualTo("Notes"));
            Assert.That((string?)notes["login_url"], Does.StartWith(logto.Endpoint + "oidc/auth?client_id=" + data.OpenApplicationId));
        }
        finally
        {
            SetEnvironment(null);
        }
    }

    [Test]
    public async Task Demo_answers_its_printed_curl_with_the_200_envelope()
    {
        using var errors = new StringWriter();
        var (logto, data, app) = await PortalDemo.BuildAsync(["--urls=http://127.0.0.1:0"], errors);
        await using var _ = logto;
        Assert.That(app, Is.Not.Null, errors.ToString());
        await using var __ = app!;
        await app!.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var envelope = await GetAsync(client, logto.IssueUserAccessToken(data.AliceId, PortalDemo.Audience));

        await app.StopAsync();
        Assert.That((int?)envelope["code"], Is.EqualTo(200));
        Assert.That(envelope["data"]!.AsArray(), Has.Count.EqualTo(3));
    }

    private static async Task<JsonNode> GetAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/applications");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), body);
        return JsonNode.Parse(body)!;
    }

    private static IEnumerable<string?> Ids(JsonNode envelope) => envelope["data"]!.AsArray().Select(item => (string?)item!["id"]);

    /// <summary>The portal reads its required settings before the factory's own configuration applies: environment variables reach it.</summary>
    private static void SetEnvironment(FakeLogto? logto)
    {
        foreach (var setting in Settings)
        {
            var value = logto is null ? null : setting switch
            {
                "Endpoint" => logto.Endpoint.ToString(),
                "ClientId" => logto.ClientId,
                "ClientSecret" => logto.ClientSecret,
                "Resource" => FakeLogto.ManagementResource,
                "Audience" => PortalDemo.Audience,
                _ => "false",
            };
            Environment.SetEnvironmentVariable("Logto__" + setting, value);
        }
    }
}
