using System.Text.Json.Nodes;

namespace Logto.Generated.Testing;

/// <summary>
/// <c>/api/applications</c>: create (type required), list (<c>types</c>, <c>isThirdParty</c>, search), get (with
/// <c>isAdmin</c>), PATCH (absent against null; access control needs a rule first), delete, secrets, access control,
/// sign-in experience and user consent scopes. No response carries a secret except the secrets routes.
/// </summary>
internal static class ApplicationRoutes
{
    public static readonly string[] Types = ["Native", "SPA", "Traditional", "MachineToMachine", "Protected", "SAML"];
    private static readonly string[] Editable = ["name", "description", "oidcClientMetadata", "customClientMetadata", "customData", "protectedAppMetadata", "appLevelAccessControlEnabled"];

    public static void Map(FakeRouter router) => router
        .Map("GET", "/api/applications", "ListApplications", (call, state) =>
        {
            var types = call.QueryValues("types").SelectMany(value => value.Split(',')).ToList();
            if (types.FirstOrDefault(type => !Types.Contains(type)) is { } bad)
            {
                new Guard(new JsonObject { ["types"] = bad }, "query").Enum("types", Types).ThrowIfInvalid();
            }

            var thirdParty = call.QueryValue("isThirdParty");
            var search = Search.From(call, ["id", "name", "description"]);
            var applications = state.Applications.Newest()
                .Where(application => types.Count == 0 || types.Contains((string)application["type"]!))
                .Where(application => thirdParty is null || (bool)application["isThirdParty"]! == (thirdParty == "true"))
                .Where(search.Matches)
                .Select(application => (JsonNode)application).ToList();
            return Listing.Page(call, applications);
        })
        .Map("POST", "/api/applications", "CreateApplication", (call, state) =>
        {
            var body = call.JsonObject();
            new Guard(body).Type("name", "string", required: true).Enum("type", Types, required: true)
                .Type("description", "string", nullable: true).Type("isThirdParty", "boolean")
                .Type("oidcClientMetadata", "object").Type("customClientMetadata", "object").Type("customData", "object").ThrowIfInvalid();
            var application = Create(state, FakeJson.String(body, "name")!, FakeJson.String(body, "type")!, FakeJson.Bool(body, "isThirdParty") ?? false, body);
            return FakeAnswer.Ok(application.DeepClone());
        })
        .Map("GET", "/api/applications/{id}", "GetApplication", (call, state) =>
        {
            var copy = state.Applications.Get(call.Route("id")).DeepClone().AsObject();
            copy["isAdmin"] = false;
            return FakeAnswer.Ok(copy);
        })
        .Map("PATCH", "/api/applications/{id}", "UpdateApplication", (call, state) =>
        {
            var application = state.Applications.Get(call.Route("id"));
            var body = call.JsonObject();
            new Guard(body).Type("name", "string").Type("description", "string", nullable: true).Type("oidcClientMetadata", "object")
                .Type("customClientMetadata", "object").Type("customData", "object").Type("appLevelAccessControlEnabled", "boolean").ThrowIfInvalid();
            if (FakeJson.Bool(body, "appLevelAccessControlEnabled") == true && !HasRule(AccessControlOf(state, (string)application["id"]!)))
            {
                throw LogtoErrors.Fail(422, "request.invalid_input", "Input is invalid. Application access control must include at least one rule before it can be enabled.");
            }

            FakeJson.CopyPresent(body, application, Editable);
            return FakeAnswer.Ok(application.DeepClone());
        })
        .Map("DELETE", "/api/applications/{id}", "DeleteApplication", (call, state) =>
        {
            var id = state.Applications.Delete(call.Route("id"));
            state.Secrets.Remove(id);
            state.AccessControl.Remove(id);
            state.SignInExperiences.Remove(id);
            state.ConsentScopes.Remove(id);
            return FakeAnswer.NoContent();
        })
        .Map("GET", "/api/applications/{id}/secrets", "ListApplicationSecrets", (call, state) =>
        {
            var id = (string)state.Applications.Get(call.Route("id"))["id"]!;
            return FakeAnswer.Ok(FakeJson.Array(state.Secrets.GetValueOrDefault(id) ?? []));
        })
        .Map("POST", "/api/applications/{id}/secrets", "CreateApplicationSecret", (call, state) =>
        {
            var id = (string)state.Applications.Get(call.Route("id"))["id"]!;
            var body = call.JsonObject();
            new Guard(body).Type("name", "string", required: true).Type("expiresAt", "number").ThrowIfInvalid();
            var name = FakeJson.String(body, "name")!;
            var secrets = state.Secrets.TryGetValue(id, out var existing) ? existing : state.Secrets[id] = [];
            if (secrets.Any(secret => (string?)secret["name"] == name))
            {
                throw LogtoErrors.Fail(422, "application.secret_name_exists", "Secret with the same name already exists.");
            }

            var created = Secret(state, id, name, body["expiresAt"]?.DeepClone());
            secrets.Add(created);
            return FakeAnswer.Created(created.DeepClone());
        })
        .Map("DELETE", "/api/applications/{id}/secrets/{name}", "DeleteApplicationSecret", (call, state) =>
        {
            var id = (string)state.Applications.Get(call.Route("id"))["id"]!;
            var removed = (state.Secrets.GetValueOrDefault(id) ?? []).RemoveAll(secret => (string?)secret["name"] == call.Route("name"));
            return removed > 0 ? FakeAnswer.NoContent() : throw LogtoErrors.NotExistsWithId("application_secrets", call.Route("name"));
        })
        .Map("GET", "/api/applications/{id}/access-control", "GetApplicationAccessControl", (call, state) =>
            FakeAnswer.Ok(AccessControlOf(state, (string)state.Applications.Get(call.Route("id"))["id"]!).DeepClone()))
        .Map("PUT", "/api/applications/{id}/access-control", "ReplaceApplicationAccessControl", (call, state) =>
        {
            var id = (string)state.Applications.Get(call.Route("id"))["id"]!;
            var body = call.JsonObject();
            new Guard(body).Type("userIds", "array").Type("userRoleIds", "array").Type("organizationIds", "array").Type("organizationRoleRules", "array").ThrowIfInvalid();
            var rules = new JsonObject
            {
                ["userIds"] = FakeJson.Array(FakeJson.Strings(body, "userIds")),
                ["userRoleIds"] = FakeJson.Array(FakeJson.Strings(body, "userRoleIds")),
                ["organizationIds"] = FakeJson.Array(FakeJson.Strings(body, "organizationIds")),
                ["organizationRoleRules"] = body["organizationRoleRules"]?.DeepClone() ?? new JsonArray(),
            };
            state.AccessControl[id] = rules;
            return FakeAnswer.Ok(rules.DeepClone());
        })
        .Map("GET", "/api/applications/{id}/sign-in-experience", "GetApplicationSignInExperience", (call, state) =>
        {
            var id = (string)state.Applications.Get(call.Route("id"))["id"]!;
            return state.SignInExperiences.TryGetValue(id, out var experience) ? FakeAnswer.Ok(experience.DeepClone()) : throw LogtoErrors.NotExistsWithId("application_sign_in_experiences", id);
        })
        .Map("PUT", "/api/applications/{id}/sign-in-experience", "ReplaceApplicationSignInExperience", (call, state) =>
        {
            var id = (string)state.Applications.Get(call.Route("id"))["id"]!;
            var body = call.JsonObject();
            new Guard(body).Type("displayName", "string", nullable: true).Type("branding", "object").Type("color", "object").ThrowIfInvalid();
            var created = !state.SignInExperiences.ContainsKey(id);
            var experience = new JsonObject
            {
                ["tenantId"] = "default",
                ["applicationId"] = id,
                ["color"] = body["color"]?.DeepClone() ?? new JsonObject(),
                ["branding"] = body["branding"]?.DeepClone() ?? new JsonObject(),
                ["customCss"] = body["customCss"]?.DeepClone(),
                ["termsOfUseUrl"] = body["termsOfUseUrl"]?.DeepClone(),
                ["privacyPolicyUrl"] = body["privacyPolicyUrl"]?.DeepClone(),
                ["displayName"] = body["displayName"]?.DeepClone(),
            };
            state.SignInExperiences[id] = experience;
            return new FakeAnswer(created ? 201 : 200, experience.DeepClone());
        })
        .Map("GET", "/api/applications/{id}/user-consent-scopes", "ListApplicationUserConsentScopes", (call, state) =>
            FakeAnswer.Ok(ConsentScopes(state, (string)state.Applications.Get(call.Route("id"))["id"]!)))
        .Map("POST", "/api/applications/{id}/user-consent-scopes", "CreateApplicationUserConsentScope", (call, state) =>
        {
            var id = (string)state.Applications.Get(call.Route("id"))["id"]!;
            var body = call.JsonObject();
            new Guard(body).Type("organizationScopes", "array").Type("resourceScopes", "array").Type("organizationResourceScopes", "array").Type("userScopes", "array").ThrowIfInvalid();
            var consent = state.ConsentOf(id);
            var organizationScopes = FakeJson.Strings(body, "organizationScopes");
            var resourceScopes = FakeJson.Strings(body, "resourceScopes");
            var organizationResourceScopes = FakeJson.Strings(body, "organizationResourceScopes");
            if (!organizationScopes.All(state.OrganizationScopes.Contains) || !resourceScopes.Concat(organizationResourceScopes).All(state.Scopes.Contains))
            {
                throw LogtoErrors.ForeignKeyNotFound();
            }

            AddNew(consent.Organization, organizationScopes);
            AddNew(consent.Resource, resourceScopes);
            AddNew(consent.OrganizationResource, organizationResourceScopes);
            AddNew(consent.User, FakeJson.Strings(body, "userScopes"));
            return FakeAnswer.Created(null);
        })
        .Map("DELETE", "/api/applications/{id}/user-consent-scopes/{scopeType}/{scopeId}", "DeleteApplicationUserConsentScope", (call, state) =>
        {
            var consent = state.ConsentOf((string)state.Applications.Get(call.Route("id"))["id"]!);
            var list = call.Route("scopeType") switch
            {
                "organization-scopes" => consent.Organization,
                "resource-scopes" => consent.Resource,
                "organization-resource-scopes" => consent.OrganizationResource,
                "user-scopes" => consent.User,
                _ => throw LogtoErrors.NotFound(),
            };
            return list.Remove(call.Route("scopeId")) ? FakeAnswer.NoContent() : throw LogtoErrors.NotFound();
        });

    /// <summary>Creates an application row; a confidential type (Traditional, machine-to-machine, Protected) gets a default secret.</summary>
    public static JsonObject Create(FakeState state, string name, string type, bool isThirdParty, JsonObject? body = null, string? id = null, string? secret = null)
    {
        var application = new JsonObject
        {
            ["tenantId"] = "default",
            ["id"] = id ?? FakeState.NewId(),
            ["name"] = name,
            ["description"] = body?["description"]?.DeepClone(),
            ["type"] = type,
            ["oidcClientMetadata"] = body?["oidcClientMetadata"]?.DeepClone() ?? new JsonObject { ["redirectUris"] = new JsonArray(), ["postLogoutRedirectUris"] = new JsonArray() },
            ["customClientMetadata"] = body?["customClientMetadata"]?.DeepClone() ?? new JsonObject(),
            ["protectedAppMetadata"] = null,
            ["customData"] = body?["customData"]?.DeepClone() ?? new JsonObject(),
            ["isThirdParty"] = isThirdParty,
            ["appLevelAccessControlEnabled"] = false,
            ["createdAt"] = state.Now,
        };
        state.Applications.Add(application);
        if (type is "Traditional" or "MachineToMachine" or "Protected")
        {
            state.Secrets[(string)application["id"]!] = [Secret(state, (string)application["id"]!, "Default secret", null, secret)];
        }

        return application;
    }

    public static JsonObject AccessControlOf(FakeState state, string id) =>
        state.AccessControl.TryGetValue(id, out var rules) ? rules
        : new JsonObject { ["userIds"] = new JsonArray(), ["userRoleIds"] = new JsonArray(), ["organizationIds"] = new JsonArray(), ["organizationRoleRules"] = new JsonArray() };

    private static bool HasRule(JsonObject rules) =>
        new[] { "userIds", "userRoleIds", "organizationIds", "organizationRoleRules" }.Any(name => rules[name] is JsonArray { Count: > 0 });

    private static JsonObject Secret(FakeState state, string applicationId, string name, JsonNode? expiresAt, string? value = null) => new()
    {
        ["tenantId"] = "default",
        ["applicationId"] = applicationId,
        ["name"] = name,
        ["value"] = value ?? FakeState.NewSecret(),
        ["createdAt"] = state.Now,
        ["expiresAt"] = expiresAt,
    };

    private static JsonObject ConsentScopes(FakeState state, string id)
    {
        var consent = state.ConsentOf(id);
        var organizationScopes = consent.Organization.Select(state.OrganizationScopes.Find).OfType<JsonObject>().Select(ScopeSummary);
        return new JsonObject
        {
            ["organizationScopes"] = new JsonArray(organizationScopes.ToArray()),
            ["resourceScopes"] = ByResource(state, consent.Resource),
            ["organizationResourceScopes"] = ByResource(state, consent.OrganizationResource),
            ["userScopes"] = FakeJson.Array(consent.User),
        };
    }

    /// <summary>Resource scopes grouped by their API resource, as the user consent scopes list them.</summary>
    private static JsonArray ByResource(FakeState state, List<string> scopeIds) => new(scopeIds.Select(state.Scopes.Find).OfType<JsonObject>()
        .GroupBy(scope => (string)scope["resourceId"]!)
        .Select(group =>
        {
            var resource = state.Resources.Find(group.Key);
            return (JsonNode)new JsonObject
            {
                ["resource"] = new JsonObject { ["id"] = group.Key, ["name"] = resource?["name"]?.DeepClone(), ["indicator"] = resource?["indicator"]?.DeepClone() },
                ["scopes"] = new JsonArray(group.Select(ScopeSummary).ToArray()),
            };
        }).ToArray());

    /// <summary>A scope as the user consent scopes list it: id, name and description.</summary>
    private static JsonNode ScopeSummary(JsonObject scope) =>
        new JsonObject { ["id"] = scope["id"]!.DeepClone(), ["name"] = scope["name"]!.DeepClone(), ["description"] = scope["description"]?.DeepClone() };

    /// <summary>Adds the scopes not consented yet; a repeated consent changes nothing.</summary>
    private static void AddNew(List<string> consented, IEnumerable<string> scopes) => consented.AddRange(scopes.Where(scope => !consented.Contains(scope)));
}
