using System.Text;
using System.Text.Json.Nodes;
using Logto.Generated.Tests.TestSupport;
using Logto.Generated.Webhooks;

namespace Logto.Generated.Testing.Tests.Webhooks;

/// <summary>A hook registered on the fake receives signed deliveries in the shape of the real ones.</summary>
public class WebhookDeliveryTests
{
    [Test]
    public async Task A_registered_hook_receives_a_signed_User_Created_that_verifies()
    {
        await using var logto = new FakeLogto();
        var receiver = new CapturingHandler();
        logto.WebhookHandler = receiver;
        using var client = logto.CreateManagementClient();
        var hook = logto.Seed.Send("POST", "/api/hooks", new JsonObject
        {
            ["name"] = "receiver", ["events"] = new JsonArray("User.Created"), ["config"] = new JsonObject { ["url"] = "https://receiver.example.com/logto" },
        })!;

        var user = await client.Users.CreateUserAsync(new CreateUserRequest { Username = "hooked" });

        var delivery = receiver.Requests.Single();
        Assert.That(delivery.Url, Is.EqualTo("https://receiver.example.com/logto"));
        Assert.That(LogtoWebhookSignature.Verify(Encoding.UTF8.GetBytes(delivery.Body), delivery.Signature, (string)hook["signingKey"]!), Is.True);
        Assert.That(LogtoWebhookSignature.Verify(Encoding.UTF8.GetBytes(delivery.Body), delivery.Signature, "another-key"), Is.False);
        var body = JsonNode.Parse(delivery.Body)!.AsObject();
        var real = JsonNode.Parse(Fixtures.RealLogto("webhooks/01-User.Created.json"))!.AsObject();
        Assert.That(body.Select(pair => pair.Key), Is.EquivalentTo(real.Select(pair => pair.Key)), "the keys of the real delivery");
        Assert.That((string?)body["event"], Is.EqualTo("User.Created"));
        Assert.That((string?)body["path"], Is.EqualTo("/users"));
        Assert.That((string?)body["matchedRoute"], Is.EqualTo("/users"));
        Assert.That((int?)body["status"], Is.EqualTo(200));
        Assert.That((string?)body["hookId"], Is.EqualTo((string?)hook["id"]));
        Assert.That((string?)body["data"]!["id"], Is.EqualTo(user.Id));
        Assert.That(body["data"]!.AsObject().Select(pair => pair.Key), Is.EquivalentTo(real["data"]!.AsObject().Select(pair => pair.Key)));
        Assert.That(logto.Deliveries.Single().Status, Is.EqualTo(204));
    }

    [Test]
    public async Task Membership_deliveries_carry_the_organization_and_user_ids_and_no_data()
    {
        await using var logto = new FakeLogto();
        var receiver = new CapturingHandler();
        logto.WebhookHandler = receiver;
        logto.Seed.Send("POST", "/api/hooks", new JsonObject
        {
            ["name"] = "members", ["events"] = new JsonArray("Organization.Membership.Updated"), ["config"] = new JsonObject { ["url"] = "https://receiver.example.com/logto" },
        });
        var user = logto.Seed.User("member");

        var organization = logto.Seed.Organization("Acme", user);

        var body = JsonNode.Parse(receiver.Requests.Single().Body)!.AsObject();
        Assert.That(body.ContainsKey("data"), Is.False);
        Assert.That((string?)body["organizationId"], Is.EqualTo(organization));
        Assert.That(body["addedUserIds"]!.AsArray().Select(id => (string?)id), Is.EqualTo(new[] { user }));
        Assert.That((string?)body["matchedRoute"], Is.EqualTo("/organizations/:id/users"));
    }

    [Test]
    public async Task A_user_role_assignment_sends_no_event_as_in_Logto()
    {
        await using var logto = new FakeLogto();
        var receiver = new CapturingHandler();
        logto.WebhookHandler = receiver;
        logto.Seed.Send("POST", "/api/hooks", new JsonObject
        {
            ["name"] = "all", ["events"] = new JsonArray(HookEvents()), ["config"] = new JsonObject { ["url"] = "https://receiver.example.com/logto" },
        });
        var user = logto.Seed.User("plain");
        receiver.Requests.Clear();

        logto.Seed.Role("viewer", user);

        Assert.That(receiver.Requests.Select(request => (string?)JsonNode.Parse(request.Body)!["event"]), Is.EqualTo(new[] { "Role.Created" }));
    }

    private static JsonNode[] HookEvents() =>
        new[] { "User.Created", "User.Data.Updated", "Role.Created", "Role.Data.Updated", "Organization.Created", "Organization.Membership.Updated" }.Select(name => (JsonNode)JsonValue.Create(name)!).ToArray();

    private sealed class CapturingHandler : HttpMessageHandler
    {
        public List<(string Url, string Body, string? Signature)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            Requests.Add((request.RequestUri!.ToString(), body, request.Headers.GetValues(LogtoWebhookSignature.HeaderName).Single()));
            return new HttpResponseMessage(System.Net.HttpStatusCode.NoContent);
        }
    }
}
