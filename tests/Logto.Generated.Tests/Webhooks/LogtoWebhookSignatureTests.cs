using System.Text;
using Logto.Generated.Tests.TestSupport;
using Logto.Generated.Webhooks;

namespace Logto.Generated.Tests.Webhooks;

/// <summary>The signature of every delivery a real Logto sent verifies with the hook's key; any change fails it.</summary>
public class LogtoWebhookSignatureTests
{
    private const string FixtureKey = "MURV3FWNRqnePoLsx6MN0mdXTnkwdL8Y";

    private static string WebhooksDirectory => Path.Combine(Fixtures.SharedDirectory, "fixtures", "real-logto", "webhooks");

    public static IEnumerable<string> Deliveries() =>
        Directory.GetFiles(Path.Combine(Fixtures.RepoRoot, "..", "shared", "fixtures", "real-logto", "webhooks"), "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)!;

    [Test]
    public void The_shared_folder_holds_the_fourteen_deliveries() => Assert.That(Deliveries().Count(), Is.EqualTo(14));

    [TestCaseSource(nameof(Deliveries))]
    public void A_real_delivery_verifies_with_the_hook_key_and_signs_to_its_header(string delivery)
    {
        var (body, header) = Read(delivery);

        Assert.That(LogtoWebhookSignature.Sign(body, FixtureKey), Is.EqualTo(header));
        Assert.That(LogtoWebhookSignature.Verify(body, header, FixtureKey), Is.True);
        Assert.That(LogtoWebhookSignature.Verify(body, header.ToUpperInvariant(), FixtureKey), Is.True);
    }

    [TestCaseSource(nameof(Deliveries))]
    public void A_changed_byte_a_wrong_key_or_a_missing_header_fails(string delivery)
    {
        var (body, header) = Read(delivery);
        var changed = (byte[])body.Clone();
        changed[changed.Length / 2] ^= 0x01;

        Assert.That(LogtoWebhookSignature.Verify(changed, header, FixtureKey), Is.False, "changed byte");
        Assert.That(LogtoWebhookSignature.Verify(body, header, FixtureKey + "x"), Is.False, "wrong key");
        Assert.That(LogtoWebhookSignature.Verify(body, null, FixtureKey), Is.False, "missing header");
    }

    [TestCase("")]
    [TestCase("not-hex")]
    [TestCase("c866016ec321585bdc0a7dd89e80e3489da6cdca3a70946f169dbfad4aa0a33")]
    [TestCase("c866016ec321585bdc0a7dd89e80e3489da6cdca3a70946f169dbfad4aa0a3311")]
    [TestCase("zz66016ec321585bdc0a7dd89e80e3489da6cdca3a70946f169dbfad4aa0a331")]
    [TestCase("sha256=c866016ec321585bdc0a7dd89e80e3489da6cdca3a70946f169dbfad4aa0a331")]
    public void A_malformed_header_is_rejected_without_throwing(string header)
    {
        var (body, _) = Read("01-User.Created");

        Assert.That(LogtoWebhookSignature.Verify(body, header, FixtureKey), Is.False);
        Assert.That(LogtoWebhookSignature.Verify(body, header, [FixtureKey, "other"]), Is.False);
    }

    [Test]
    public void Any_key_of_a_rotation_verifies()
    {
        var (body, header) = Read("01-User.Created");

        Assert.That(LogtoWebhookSignature.Verify(body, header, ["new-key", FixtureKey]), Is.True);
        Assert.That(LogtoWebhookSignature.Verify(body, header, ["new-key", "older-key"]), Is.False);
    }

    [Test]
    public void Bad_keys_name_the_argument()
    {
        var body = Encoding.UTF8.GetBytes("{}");

        Assert.That(() => LogtoWebhookSignature.Sign(body, ""), Throws.ArgumentException.With.Property("ParamName").EqualTo("signingKey"));
        Assert.That(() => LogtoWebhookSignature.Verify(body, "00", Array.Empty<string>()), Throws.ArgumentException.With.Property("ParamName").EqualTo("signingKeys"));
        Assert.That(() => LogtoWebhookSignature.Verify(body, "00", ["k", ""]), Throws.ArgumentException.With.Property("ParamName").EqualTo("signingKeys"));
    }

    private static (byte[] Body, string Header) Read(string delivery)
    {
        var body = File.ReadAllBytes(Path.Combine(WebhooksDirectory, delivery + ".json"));
        var header = File.ReadAllLines(Path.Combine(WebhooksDirectory, delivery + ".headers.txt"))
            .Single(l => l.StartsWith(LogtoWebhookSignature.HeaderName + ":", StringComparison.OrdinalIgnoreCase))
            .Split(':', 2)[1].Trim();
        return (body, header);
    }
}
