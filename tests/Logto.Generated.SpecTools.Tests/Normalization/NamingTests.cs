using Logto.Generated.SpecTools.Normalization;

namespace Logto.Generated.SpecTools.Tests.Normalization;

public class NamingTests
{
    [TestCase("oidcClientMetadata", "OidcClientMetadata")]
    [TestCase("post_logout_redirect_uris", "PostLogoutRedirectUris")]
    [TestCase("urn:logto:scope:organizations", "UrnLogtoScopeOrganizations")]
    [TestCase("SPA", "SPA")]
    public void ToPascal_keeps_inner_casing_and_drops_separators(string value, string expected) =>
        Assert.That(Naming.ToPascal(value), Is.EqualTo(expected));

    [TestCase("My account", "MyAccount")]
    [TestCase("SSO connectors", "SsoConnectors")]
    [TestCase("Well-known", "WellKnown")]
    [TestCase("Swagger.json", "SwaggerJson")]
    public void Tags_become_identifiers(string tag, string expected) =>
        Assert.That(Naming.ToTagIdentifier(tag), Is.EqualTo(expected));

    [Test]
    public void Enum_members_that_differ_only_by_case_get_distinct_names_whatever_their_order()
    {
        Assert.That(Naming.EnumMemberNames(["email", "phone", "Email", "Phone"]), Is.EqualTo(new[] { "Email", "Phone", "EmailCapitalized", "PhoneCapitalized" }));
        Assert.That(Naming.EnumMemberNames(["Email", "email", "EMAIL"]), Is.EqualTo(new[] { "EmailCapitalized", "Email", "EMAIL" }));
    }

    [Test]
    public void Enum_members_never_start_with_a_digit_or_are_empty() =>
        Assert.That(Naming.EnumMemberNames(["2fa", ""]), Is.EqualTo(new[] { "Value2fa", "Empty" }));
}
