namespace Logto.Generated.Tests.ThirdPartyApplications;

/// <summary>Logto's app-level access-control rule, case by case, on one user.</summary>
public class AccessRuleTableTests
{
    // The user: id "u1", global roles r1 and r2, member of org1 (roles or1, or2) and org2 (no role).
    private static readonly UserAccess User = new(
        "u1",
        ["r1", "r2"],
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["org1"] = ["or1", "or2"],
            ["org2"] = [],
        });

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("no rules at all", expected: false);
        yield return Case("user id listed", expected: true, userIds: ["u9", "u1"]);
        yield return Case("other user ids only", expected: false, userIds: ["u2", "U1"]);
        yield return Case("a held role listed", expected: true, userRoleIds: ["r9", "r2"]);
        yield return Case("only roles not held", expected: false, userRoleIds: ["r3"]);
        yield return Case("member of a listed organization", expected: true, organizationIds: ["org2"]);
        yield return Case("only organizations not joined", expected: false, organizationIds: ["org3"]);
        yield return Case("holds a listed role in the rule's organization", expected: true, rules: [("org1", ["or9", "or2"])]);
        yield return Case("in the right organization with the wrong role", expected: false, rules: [("org1", ["or3"])]);
        yield return Case("the role held, but in another organization", expected: false, rules: [("org2", ["or1"])]);
        yield return Case("a rule on an organization not joined", expected: false, rules: [("org3", ["or1"])]);
        yield return Case("an organization rule without roles", expected: false, rules: [("org1", [])]);
        yield return Case("an org role id is not a global role", expected: false, userRoleIds: ["or1"]);
        yield return Case("a global role id is not an org role", expected: false, rules: [("org1", ["r1"])]);
        yield return Case("second organization rule matches", expected: true, rules: [("org3", ["or1"]), ("org1", ["or1"])]);
        yield return Case("user id fails, role matches", expected: true, userIds: ["u2"], userRoleIds: ["r1"]);
        yield return Case("role fails, organization matches", expected: true, userRoleIds: ["r3"], organizationIds: ["org1"]);
        yield return Case("every rule kind present, none matches", expected: false, userIds: ["u2"], userRoleIds: ["r3"], organizationIds: ["org3"], rules: [("org1", ["or3"])]);
        yield return Case("every rule kind present, only org role matches", expected: true, userIds: ["u2"], userRoleIds: ["r3"], organizationIds: ["org3"], rules: [("org1", ["or1"])]);
    }

    [TestCaseSource(nameof(Cases))]
    public bool Rule(object rules) => ApplicationAccessRule.IsGranted((CatalogAccessRules)rules, User);

    [Test]
    public void A_user_without_roles_or_organizations_passes_only_by_id()
    {
        var loner = new UserAccess("u1", [], new Dictionary<string, IReadOnlyList<string>>());
        var byId = Rules(userIds: ["u1"]);
        var byEverythingElse = Rules(userRoleIds: ["r1"], organizationIds: ["org1"], rules: [("org1", ["or1"])]);

        Assert.That(ApplicationAccessRule.IsGranted(byId, loner), Is.True);
        Assert.That(ApplicationAccessRule.IsGranted(byEverythingElse, loner), Is.False);
    }

    [Test]
    public void Access_control_off_or_unknown_to_the_server_admits_everyone()
    {
        var listing = new CatalogListing("a", "a.example.com", null, [], [], AccessControlEnabled: false);
        var now = DateTimeOffset.UnixEpoch;
        var closedRules = Rules(userIds: ["u9"]);

        Assert.That(ApplicationAccessRule.IsGranted(new CatalogApplication(listing, closedRules, null, null, now, now), User), Is.True, "off");
        Assert.That(ApplicationAccessRule.IsGranted(new CatalogApplication(listing with { AccessControlEnabled = true }, null, null, null, now, now), User), Is.True, "no route");
        Assert.That(ApplicationAccessRule.IsGranted(new CatalogApplication(listing with { AccessControlEnabled = true }, closedRules, null, null, now, now), User), Is.False, "on");
    }

    private static TestCaseData Case(
        string name,
        bool expected,
        string[]? userIds = null,
        string[]? userRoleIds = null,
        string[]? organizationIds = null,
        (string Organization, string[] Roles)[]? rules = null) =>
        new TestCaseData(Rules(userIds, userRoleIds, organizationIds, rules)).Returns(expected).SetName($"Rule: {name} -> {(expected ? "granted" : "denied")}");

    private static CatalogAccessRules Rules(
        string[]? userIds = null, string[]? userRoleIds = null, string[]? organizationIds = null, (string Organization, string[] Roles)[]? rules = null) =>
        new(userIds ?? [], userRoleIds ?? [], organizationIds ?? [], (rules ?? []).Select(rule => new CatalogOrganizationRoleRule(rule.Organization, rule.Roles)).ToList());
}
