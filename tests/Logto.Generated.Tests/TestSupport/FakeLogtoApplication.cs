using Newtonsoft.Json.Linq;

namespace Logto.Generated.Tests.TestSupport;

/// <summary>One application of <see cref="FakeLogtoTenant"/>, built on a real application payload.</summary>
internal sealed class FakeLogtoApplication
{
    private readonly JObject _json;

    public FakeLogtoApplication(string id, bool isThirdParty)
    {
        _json = JObject.Parse(Fixtures.RealLogto("get-application.json"));
        _json["id"] = id;
        _json["name"] = id + ".example.com";
        _json["description"] = "The " + id + " application";
        _json["type"] = "Traditional";
        _json["isThirdParty"] = isThirdParty;
        _json["appLevelAccessControlEnabled"] = false;
        WithRedirectUris(["https://" + id + ".example.com/callback"], ["https://" + id + ".example.com"]);
    }

    public string Id => (string)_json["id"]!;

    public bool IsThirdParty => (bool)_json["isThirdParty"]!;

    public JObject AccessControl { get; private set; } = Rules([], [], [], []);

    public JObject? SignInExperience { get; private set; }

    public JObject ConsentScopes { get; private set; } = Consent([], 0);

    public JObject ToJson() => (JObject)_json.DeepClone();

    public FakeLogtoApplication Set(string property, JToken value)
    {
        _json[property] = value;
        return this;
    }

    public FakeLogtoApplication WithRedirectUris(string[] redirectUris, string[] postLogoutRedirectUris)
    {
        _json["oidcClientMetadata"] = new JObject
        {
            ["redirectUris"] = new JArray(redirectUris),
            ["postLogoutRedirectUris"] = new JArray(postLogoutRedirectUris),
        };
        return this;
    }

    /// <summary>Enables app-level access control with these rules.</summary>
    public FakeLogtoApplication WithAccessControl(
        string[]? userIds = null, string[]? userRoleIds = null, string[]? organizationIds = null, params (string OrganizationId, string[] RoleIds)[] organizationRoleRules)
    {
        _json["appLevelAccessControlEnabled"] = true;
        AccessControl = Rules(userIds ?? [], userRoleIds ?? [], organizationIds ?? [], organizationRoleRules);
        return this;
    }

    public FakeLogtoApplication WithSignInExperience(string? displayName, string? logoUrl, string? darkLogoUrl)
    {
        SignInExperience = new JObject
        {
            ["tenantId"] = "default",
            ["applicationId"] = Id,
            ["color"] = new JObject(),
            ["branding"] = new JObject { ["logoUrl"] = logoUrl, ["darkLogoUrl"] = darkLogoUrl },
            ["customCss"] = null,
            ["termsOfUseUrl"] = "https://example.com/terms",
            ["privacyPolicyUrl"] = null,
            ["displayName"] = displayName,
        };
        return this;
    }

    public FakeLogtoApplication WithConsentScopes(string[] userScopes, int organizationScopeCount = 0)
    {
        ConsentScopes = Consent(userScopes, organizationScopeCount);
        return this;
    }

    /// <summary>Grants the application these scopes (by name) of the API resource <paramref name="indicator"/>.</summary>
    public FakeLogtoApplication WithResourceScopes(string indicator, params string[] scopeNames) => AddResource("resourceScopes", indicator, scopeNames);

    /// <summary>Organization-level API resource scopes (permissions organization roles carry), as Logto lists them.</summary>
    public FakeLogtoApplication WithOrganizationResourceScopes(string indicator, params string[] scopeNames) => AddResource("organizationResourceScopes", indicator, scopeNames);

    private FakeLogtoApplication AddResource(string kind, string indicator, string[] scopeNames)
    {
        ((JArray)ConsentScopes[kind]!).Add(new JObject
        {
            ["resource"] = new JObject { ["id"] = "res-" + indicator.Length, ["name"] = "API " + indicator, ["indicator"] = indicator },
            ["scopes"] = new JArray(scopeNames.Select(name => new JObject { ["id"] = "scope-" + name, ["name"] = name, ["description"] = null })),
        });
        return this;
    }

    private static JObject Rules(string[] userIds, string[] userRoleIds, string[] organizationIds, (string OrganizationId, string[] RoleIds)[] organizationRoleRules) => new()
    {
        ["userIds"] = new JArray(userIds),
        ["userRoleIds"] = new JArray(userRoleIds),
        ["organizationIds"] = new JArray(organizationIds),
        ["organizationRoleRules"] = new JArray(organizationRoleRules.Select(rule => new JObject
        {
            ["organizationId"] = rule.OrganizationId,
            ["organizationRoleIds"] = new JArray(rule.RoleIds),
        })),
    };

    private static JObject Consent(string[] userScopes, int organizationScopeCount) => new()
    {
        ["organizationScopes"] = new JArray(Enumerable.Range(1, organizationScopeCount).Select(i => new JObject
        {
            ["id"] = "orgscope" + i, ["name"] = "read:data" + i, ["description"] = null,
        })),
        ["resourceScopes"] = new JArray(),
        ["organizationResourceScopes"] = new JArray(),
        ["userScopes"] = new JArray(userScopes),
    };
}
