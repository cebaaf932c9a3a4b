using Logto.Generated.SpecTools.Normalization;
using Logto.Generated.SpecTools.Tests.TestSupport;
using Newtonsoft.Json.Linq;

namespace Logto.Generated.SpecTools.Tests.Normalization;

/// <summary>The webhook event table (<c>build/webhook-events.json</c>) and the code written from it.</summary>
public class WebhookEventWriterTests
{
    private static string TablePath => Path.Combine(Paths.RepoRoot, "build", "webhook-events.json");

    [Test]
    public void The_table_lists_every_hook_event_the_spec_names()
    {
        var listed = WebhookEventWriter.Read(File.ReadAllText(TablePath)).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var inSpec = SharedFiles.CurrentSpec.Descendants().OfType<JProperty>()
            .Where(p => p.Name == "enum" && p.Value is JArray values && values.Any(v => (string?)v == "User.Created"))
            .SelectMany(p => p.Value.Values<string>()).OfType<string>().ToHashSet(StringComparer.Ordinal);

        Assert.That(inSpec, Is.Not.Empty, "the spec's hook event enums");
        Assert.That(inSpec.Except(listed).Order(StringComparer.Ordinal), Is.Empty, "events the spec names and build/webhook-events.json does not");
    }

    [Test]
    public void A_data_event_gets_a_class_a_constant_and_a_factory_and_an_untyped_one_only_a_constant()
    {
        var events = WebhookEventWriter.Read("""
            [
              { "name": "User.Created", "summary": "A user was created", "data": "User", "description": "the user as created." },
              { "name": "Identifier.Lockout", "summary": "An identifier was locked out" },
              { "name": "TrustedDevice.Created", "summary": "A trusted device was recorded.", "typed": false }
            ]
            """);

        var code = WebhookEventWriter.Write(events);

        Assert.That(code, Does.Contain("""
                    /// <summary>A user was created (<see cref="UserCreatedEvent"/>).</summary>
                    public const string UserCreated = "User.Created";
            """));
        Assert.That(code, Does.Contain("""
                /// <summary><c>User.Created</c>: the user as created.</summary>
                public sealed class UserCreatedEvent : LogtoDataEvent<User>
                {
                    internal UserCreatedEvent()
                    {
                    }
                }
            """));
        Assert.That(code, Does.Contain("""
                    /// <summary>A trusted device was recorded.</summary>
                    public const string TrustedDeviceCreated = "TrustedDevice.Created";
            """));
        Assert.That(code, Does.Contain("            UserCreated,\n            IdentifierLockout,\n            TrustedDeviceCreated,\n        ];"));
        Assert.That(code, Does.Contain("[LogtoWebhookEvents.UserCreated] = () => new UserCreatedEvent(),\n            [LogtoWebhookEvents.IdentifierLockout] = () => new IdentifierLockoutEvent(),\n        };"));
        Assert.That(code, Does.Not.Contain("class IdentifierLockoutEvent").And.Not.Contain("TrustedDeviceCreatedEvent"));
    }

    [TestCase("""[{ "summary": "s" }]""", "row 0 has no 'name'")]
    [TestCase("""[{ "name": "User.Created", "summary": "s", "data": "User" }]""", "row 0 has no 'description'")]
    [TestCase("""[{ "name": "User.Created", "summary": "s" }, { "name": "User.Created", "summary": "t" }]""", "'UserCreated' is listed twice")]
    [TestCase("""[{ "name": "A.B", "summary": "s", "data": "User", "description": "d", "typed": false }]""", "'A.B' has data but is not typed")]
    public void A_bad_table_fails_with_what_is_wrong(string json, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => WebhookEventWriter.Read(json));

        Assert.That(error!.Message, Does.Contain(message));
    }
}
