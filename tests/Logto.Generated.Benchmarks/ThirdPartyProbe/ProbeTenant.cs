using System.Text.Json.Nodes;
using Logto.Generated.Testing;

namespace Logto.Generated.ThirdPartyProbe;

/// <summary>
/// The probe's data set in a <see cref="FakeLogto"/>: <paramref name="Applications"/> third-party applications (each with
/// a sign-in experience and the user consent scopes <c>profile</c> and <c>email</c>), the first
/// <paramref name="GatedPerTen"/> of every ten gated by role <c>r{i % 2}</c> (60 of 200: 40 by <c>r0</c>, 20 by
/// <c>r1</c>); users <c>user0..</c> holding <c>r{n % 2}</c>, each a member of one organization with one organization role.
/// </summary>
/// <param name="Applications">How many third-party applications.</param>
/// <param name="GatedPerTen">How many of every ten are gated by a role.</param>
/// <param name="UserIds">The seeded id of user <c>user{n}</c> at index n.</param>
internal sealed record ProbeTenant(int Applications, int GatedPerTen, IReadOnlyList<string> UserIds)
{
    /// <summary>Seeds the data set through <see cref="FakeLogto.Seed"/>.</summary>
    public static ProbeTenant Seed(FakeLogto fake, int applications, int gatedPerTen, int users)
    {
        var seed = fake.Seed;
        var userIds = Enumerable.Range(0, users).Select(n => seed.User(username: "user" + n)).ToList();
        string[] roles = [seed.Role("r0", userIds.Where((_, n) => n % 2 == 0).ToArray()), seed.Role("r1", userIds.Where((_, n) => n % 2 == 1).ToArray())];
        var organization = seed.Organization("Org 1");
        var member = seed.OrganizationRole("member");
        foreach (var user in userIds)
        {
            seed.Member(organization, user, member);
        }

        // The shape of a real application (description, custom metadata and data) as the benchmarks' payload has it;
        // Logto makes only traditional web applications third-party.
        var template = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", "get-application.json")))!.AsObject();
        for (var i = 0; i < applications; i++)
        {
            var host = $"app{i:D4}.example.com";
            var id = (string)seed.Send("POST", "/api/applications", new JsonObject
            {
                ["name"] = host,
                ["description"] = template["description"]!.DeepClone(),
                ["type"] = "Traditional",
                ["isThirdParty"] = true,
                ["oidcClientMetadata"] = new JsonObject
                {
                    ["redirectUris"] = new JsonArray("https://" + host + "/callback"),
                    ["postLogoutRedirectUris"] = new JsonArray("https://" + host),
                },
                ["customClientMetadata"] = template["customClientMetadata"]!.DeepClone(),
                ["customData"] = template["customData"]!.DeepClone(),
            })!["id"]!;
            seed.Send("PUT", $"/api/applications/{id}/sign-in-experience", new JsonObject
            {
                ["displayName"] = "Application " + i,
                ["branding"] = new JsonObject { ["logoUrl"] = $"https://cdn.example.com/app{i:D4}.png" },
            });
            seed.Send("POST", $"/api/applications/{id}/user-consent-scopes", new JsonObject { ["userScopes"] = new JsonArray("profile", "email") });
            if (i % 10 < gatedPerTen)
            {
                seed.AccessControl(id, userRoleIds: [roles[i % 2]]);
            }
        }

        fake.ClearRequests();
        return new ProbeTenant(applications, gatedPerTen, userIds);
    }

    /// <summary>How many applications are gated.</summary>
    public int Gated => Enumerable.Range(0, Applications).Count(i => i % 10 < GatedPerTen);
}
