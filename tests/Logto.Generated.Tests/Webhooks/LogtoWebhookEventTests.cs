using System.Text;
using Logto.Generated.Tests.TestSupport;
using Logto.Generated.Webhooks;

namespace Logto.Generated.Tests.Webhooks;

/// <summary>Every delivery a real Logto sent reads into its typed event; unknown events read; other bodies are refused.</summary>
public class LogtoWebhookEventTests
{
    private const string HookId = "j61yuzwwn1mpz1wcin5ui";
    private const string UserId = "j8o8hammi2un";

    private static string WebhooksDirectory => Path.Combine(Fixtures.SharedDirectory, "fixtures", "real-logto", "webhooks");

    private static LogtoWebhookEvent ReadFixture(string delivery) =>
        LogtoWebhookEvent.Parse(File.ReadAllBytes(Path.Combine(WebhooksDirectory, delivery + ".json")));

    [TestCase("01-User.Created", typeof(UserCreatedEvent))]
    [TestCase("02-User.Data.Updated", typeof(UserDataUpdatedEvent))]
    [TestCase("03-User.SuspensionStatus.Updated", typeof(UserSuspensionStatusUpdatedEvent))]
    [TestCase("04-Role.Created", typeof(RoleCreatedEvent))]
    [TestCase("05-Role.Data.Updated", typeof(RoleDataUpdatedEvent))]
    [TestCase("06-Organization.Created", typeof(OrganizationCreatedEvent))]
    [TestCase("07-Organization.Data.Updated", typeof(OrganizationDataUpdatedEvent))]
    [TestCase("08-Organization.Membership.Updated", typeof(OrganizationMembershipUpdatedEvent))]
    [TestCase("09-OrganizationRole.Created", typeof(OrganizationRoleCreatedEvent))]
    [TestCase("10-Organization.Membership.Updated", typeof(OrganizationMembershipUpdatedEvent))]
    [TestCase("11-OrganizationRole.Deleted", typeof(OrganizationRoleDeletedEvent))]
    [TestCase("12-Organization.Deleted", typeof(OrganizationDeletedEvent))]
    [TestCase("13-Role.Deleted", typeof(RoleDeletedEvent))]
    [TestCase("14-User.Deleted", typeof(UserDeletedEvent))]
    public void Every_real_delivery_reads_into_its_type_with_the_common_fields(string delivery, Type type)
    {
        var parsed = ReadFixture(delivery);
        var raw = File.ReadAllText(Path.Combine(WebhooksDirectory, delivery + ".json"));

        Assert.That(parsed, Is.TypeOf(type));
        Assert.That(parsed.EventName, Is.EqualTo(delivery[3..]));
        Assert.That(LogtoWebhookEvents.All, Does.Contain(parsed.EventName));
        Assert.That(parsed.HookId, Is.EqualTo(HookId));
        Assert.That(parsed.Ip, Is.EqualTo("127.0.0.1"));
        Assert.That(parsed.UserAgent, Is.EqualTo("curl/7.88.1"));
        Assert.That(parsed.CreatedAt.Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(parsed.CreatedAt, Is.InRange(DateTimeOffset.Parse("2026-12-04T20:14:03.5Z"), DateTimeOffset.Parse("2026-12-04T20:14:04.1Z")));
        Assert.That(parsed.Method, Is.AnyOf("POST", "PATCH", "DELETE"));
        Assert.That(parsed.Status, Is.AnyOf(200, 201, 204));
        Assert.That(parsed.Path, Does.StartWith("/"));
        Assert.That(parsed.MatchedRoute, Does.StartWith("/"));
        Assert.That(parsed.RawJson, Is.EqualTo(raw));
    }

    [Test]
    public void A_user_event_carries_the_user_with_its_epoch_timestamps_and_the_iso_creation_time()
    {
        var created = (UserCreatedEvent)ReadFixture("01-User.Created");

        Assert.That(created.CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 12, 4, 20, 14, 3, 577, TimeSpan.Zero)));
        Assert.That(created.Params, Is.Empty);
        Assert.That(created.Method, Is.EqualTo("POST"));
        Assert.That(created.Status, Is.EqualTo(200));
        Assert.That(created.Path, Is.EqualTo("/users"));
        Assert.That(created.Data!.Id, Is.EqualTo(UserId));
        Assert.That(created.Data.Username, Is.EqualTo("hookuser1"));
        Assert.That(created.Data.PrimaryEmail, Is.EqualTo("hook1@example.com"));
        Assert.That(created.Data.Name, Is.EqualTo("Hook One"));
        Assert.That(created.Data.CreatedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1796415243570)));
        Assert.That(created.Data.LastSignInAt, Is.Null);
        Assert.That(created.Data.IsSuspended, Is.False);
    }

    [Test]
    public void Suspension_update_and_deletion_carry_the_user_and_its_id_in_params()
    {
        var suspended = (UserSuspensionStatusUpdatedEvent)ReadFixture("03-User.SuspensionStatus.Updated");
        var deleted = (UserDeletedEvent)ReadFixture("14-User.Deleted");

        Assert.That(suspended.Data!.IsSuspended, Is.True);
        Assert.That(suspended.Params, Is.EqualTo(new Dictionary<string, string> { ["userId"] = UserId }));
        Assert.That(deleted.Data!.Name, Is.EqualTo("Hook Renamed"));
        Assert.That(deleted.Params["userId"], Is.EqualTo(UserId));
        Assert.That(deleted.Data.UpdatedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1796415243676)));
    }

    [Test]
    public void Role_organization_and_organization_role_events_carry_their_models()
    {
        var role = (RoleDataUpdatedEvent)ReadFixture("05-Role.Data.Updated");
        var organization = (OrganizationCreatedEvent)ReadFixture("06-Organization.Created");
        var organizationRole = (OrganizationRoleCreatedEvent)ReadFixture("09-OrganizationRole.Created");

        Assert.That(role.Data!.Id, Is.EqualTo("67pz3vfvcg1n849rreyv3"));
        Assert.That(role.Data.Description, Is.EqualTo("d2"));
        Assert.That(role.Data.Type, Is.EqualTo(RoleType.User));
        Assert.That(role.Params, Is.EqualTo(new Dictionary<string, string> { ["0"] = "/67pz3vfvcg1n849rreyv3", ["id"] = "67pz3vfvcg1n849rreyv3" }));
        Assert.That(organization.Data!.Name, Is.EqualTo("hook-org"));
        Assert.That(organization.Data.CreatedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1796415243800)));
        Assert.That(organizationRole.Data!.Name, Is.EqualTo("hook-orgrole"));
        Assert.That(organizationRole.Data.Description, Is.Null);
    }

    [TestCase("11-OrganizationRole.Deleted", "w406inj55l0djtni9ecyw")]
    [TestCase("12-Organization.Deleted", "fs0uku16id65")]
    [TestCase("13-Role.Deleted", "67pz3vfvcg1n849rreyv3")]
    public void Deletions_other_than_users_carry_no_data_but_the_id_in_params(string delivery, string id)
    {
        var parsed = ReadFixture(delivery);

        Assert.That(parsed.Params["id"], Is.EqualTo(id));
        Assert.That(parsed.GetType().GetProperty("Data")!.GetValue(parsed), Is.Null);
    }

    [Test]
    public void A_membership_update_names_the_organization_and_the_users_added_or_removed()
    {
        var added = (OrganizationMembershipUpdatedEvent)ReadFixture("08-Organization.Membership.Updated");
        var removed = (OrganizationMembershipUpdatedEvent)ReadFixture("10-Organization.Membership.Updated");

        Assert.That(added.Data, Is.Null);
        Assert.That(added.OrganizationId, Is.EqualTo("fs0uku16id65"));
        Assert.That(added.AddedUserIds, Is.EqualTo(new[] { UserId }));
        Assert.That(added.RemovedUserIds, Is.Empty);
        Assert.That(removed.OrganizationId, Is.EqualTo("fs0uku16id65"));
        Assert.That(removed.AddedUserIds, Is.Empty);
        Assert.That(removed.RemovedUserIds, Is.EqualTo(new[] { UserId }));
        Assert.That(removed.Params["userId"], Is.EqualTo(UserId));
    }

    [Test]
    public void A_membership_removal_without_the_list_takes_the_route_user()
    {
        var parsed = (OrganizationMembershipUpdatedEvent)LogtoWebhookEvent.Parse(
            """{"event":"Organization.Membership.Updated","createdAt":"2026-12-04T20:14:03.958Z","method":"DELETE","params":{"id":"o1","userId":"u9"}}""");

        Assert.That(parsed.OrganizationId, Is.EqualTo("o1"));
        Assert.That(parsed.RemovedUserIds, Is.EqualTo(new[] { "u9" }));
    }

    [Test]
    public void An_interaction_event_carries_the_user_application_session_and_interaction()
    {
        var parsed = LogtoWebhookEvent.Parse(
            """
            {"event":"PostSignIn","createdAt":"2026-12-05T08:00:00.000Z","hookId":"h1","interactionEvent":"SignIn","sessionId":"s1",
             "userAgent":"Mozilla/5.0","userIp":"10.0.0.7","userId":"u1",
             "user":{"id":"u1","username":"alice","primaryEmail":"a@example.com","createdAt":1796415243570,"lastSignInAt":1796415243999},
             "application":{"id":"app1","type":"SPA","name":"Portal","description":null}}
            """);

        var signIn = (PostSignInEvent)parsed;
        Assert.That(signIn.InteractionEvent, Is.EqualTo("SignIn"));
        Assert.That(signIn.SessionId, Is.EqualTo("s1"));
        Assert.That(signIn.Ip, Is.EqualTo("10.0.0.7"));
        Assert.That(signIn.UserId, Is.EqualTo("u1"));
        Assert.That(signIn.User!.Username, Is.EqualTo("alice"));
        Assert.That(signIn.User.LastSignInAt, Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1796415243999)));
        Assert.That(signIn.Application!.Id, Is.EqualTo("app1"));
        Assert.That(signIn.Application.Name, Is.EqualTo("Portal"));
        Assert.That(signIn.Application.Type, Is.EqualTo(ApplicationType.SPA));
    }

    [TestCase("PostRegister", typeof(PostRegisterEvent))]
    [TestCase("PostResetPassword", typeof(PostResetPasswordEvent))]
    [TestCase("PostSignInAdaptiveMfaTriggered", typeof(PostSignInAdaptiveMfaTriggeredEvent))]
    [TestCase("Role.Scopes.Updated", typeof(RoleScopesUpdatedEvent))]
    [TestCase("Scope.Created", typeof(ScopeCreatedEvent))]
    [TestCase("Scope.Deleted", typeof(ScopeDeletedEvent))]
    [TestCase("Scope.Data.Updated", typeof(ScopeDataUpdatedEvent))]
    [TestCase("OrganizationRole.Data.Updated", typeof(OrganizationRoleDataUpdatedEvent))]
    [TestCase("OrganizationRole.Scopes.Updated", typeof(OrganizationRoleScopesUpdatedEvent))]
    [TestCase("OrganizationScope.Created", typeof(OrganizationScopeCreatedEvent))]
    [TestCase("OrganizationScope.Deleted", typeof(OrganizationScopeDeletedEvent))]
    [TestCase("OrganizationScope.Data.Updated", typeof(OrganizationScopeDataUpdatedEvent))]
    [TestCase("Identifier.Lockout", typeof(IdentifierLockoutEvent))]
    [TestCase("Message.RateLimited", typeof(MessageRateLimitedEvent))]
    [TestCase("Grant.LimitExceeded", typeof(GrantLimitExceededEvent))]
    [TestCase("TrustedDevice.Created", typeof(UnknownLogtoWebhookEvent))]
    public void Every_other_event_name_of_Logto_reads_into_its_type(string name, Type type) =>
        Assert.That(LogtoWebhookEvent.Parse($$"""{"event":"{{name}}","createdAt":"2026-12-05T08:00:00Z"}"""), Is.TypeOf(type));

    [Test]
    public void The_event_list_is_Logtos_thirty_one_distinct_names() =>
        Assert.That(LogtoWebhookEvents.All, Has.Count.EqualTo(31).And.Unique);

    [Test]
    public void Scope_data_is_the_scope_model()
    {
        var parsed = (ScopeCreatedEvent)LogtoWebhookEvent.Parse(
            """{"event":"Scope.Created","createdAt":"2026-12-05T08:00:00Z","params":{"resourceId":"r1"},"data":{"id":"sc1","resourceId":"r1","name":"read:docs","description":null,"createdAt":1796415243570}}""");

        Assert.That(parsed.Data!.Name, Is.EqualTo("read:docs"));
        Assert.That(parsed.Data.ResourceId, Is.EqualTo("r1"));
        Assert.That(parsed.Params["resourceId"], Is.EqualTo("r1"));
    }

    [Test]
    public void Exception_events_carry_their_fields()
    {
        var lockout = (IdentifierLockoutEvent)LogtoWebhookEvent.Parse(
            """{"event":"Identifier.Lockout","createdAt":"2026-12-05T08:00:00Z","type":"email","value":"a@example.com","ip":"10.0.0.1"}""");
        var limited = (MessageRateLimitedEvent)LogtoWebhookEvent.Parse(
            """{"event":"Message.RateLimited","createdAt":"2026-12-05T08:00:00Z","action":"VerificationCode.Send","recipient":"+15550100"}""");
        var grants = (GrantLimitExceededEvent)LogtoWebhookEvent.Parse(
            """{"event":"Grant.LimitExceeded","createdAt":"2026-12-05T08:00:00Z","userId":"u1","applicationId":"app1","revokedGrantIds":["g1","g2"],"maxAllowedGrants":5,"preRevocationActiveGrantCount":7,"application":{"id":"app1","type":"Traditional","name":"Shop"}}""");

        Assert.That((lockout.IdentifierType, lockout.IdentifierValue, lockout.Ip), Is.EqualTo(("email", "a@example.com", "10.0.0.1")));
        Assert.That((limited.Action, limited.Recipient), Is.EqualTo(("VerificationCode.Send", "+15550100")));
        Assert.That((grants.UserId, grants.ApplicationId, grants.MaxAllowedGrants, grants.PreRevocationActiveGrantCount), Is.EqualTo(("u1", "app1", 5, 7)));
        Assert.That(grants.RevokedGrantIds, Is.EqualTo(new[] { "g1", "g2" }));
        Assert.That(grants.Application!.Name, Is.EqualTo("Shop"));
    }

    [Test]
    public void An_unknown_event_reads_with_its_raw_json()
    {
        const string body = """{"event":"Application.Created","createdAt":"2027-01-01T00:00:00Z","hookId":"h1","data":{"id":"a1","extra":[1,2]}}""";

        var parsed = LogtoWebhookEvent.Parse(Encoding.UTF8.GetBytes(body));

        Assert.That(parsed, Is.TypeOf<UnknownLogtoWebhookEvent>());
        Assert.That(parsed.EventName, Is.EqualTo("Application.Created"));
        Assert.That(parsed.HookId, Is.EqualTo("h1"));
        Assert.That(parsed.CreatedAt, Is.EqualTo(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(parsed.RawJson, Is.EqualTo(body));
        Assert.That(parsed.ToString(), Is.EqualTo("Application.Created at 2027-01-01T00:00:00.0000000+00:00"));
    }

    [Test]
    public void Values_of_another_type_read_as_absent_instead_of_failing()
    {
        var parsed = (UserCreatedEvent)LogtoWebhookEvent.Parse(
            """{"event":"User.Created","createdAt":"2026-12-05T08:00:00Z","hookId":{"x":1},"status":"two hundred","params":[1],"data":"not a user","ip":null}""");

        Assert.That(parsed.HookId, Is.Null);
        Assert.That(parsed.Status, Is.Null);
        Assert.That(parsed.Params, Is.Empty);
        Assert.That(parsed.Data, Is.Null);
        Assert.That(parsed.Ip, Is.Null);
    }

    [TestCase("")]
    [TestCase("not json")]
    [TestCase("[1,2]")]
    [TestCase("\"User.Created\"")]
    [TestCase("{}")]
    [TestCase("""{"event":"","createdAt":"2026-12-05T08:00:00Z"}""")]
    [TestCase("""{"event":42,"createdAt":"2026-12-05T08:00:00Z"}""")]
    [TestCase("""{"event":"User.Created"}""")]
    [TestCase("""{"event":"User.Created","createdAt":"yesterday"}""")]
    [TestCase("""{"event":"User.Created","createdAt":"2026-12-05T08:00:00Z"} trailing""")]
    [TestCase("""{"event":"User.Created","createdAt":"2026-12-05T08:00:00Z" """)]
    public void A_body_that_is_not_a_Logto_event_is_refused_with_a_LogtoException(string body)
    {
        var refused = Assert.Throws<LogtoWebhookPayloadException>(() => LogtoWebhookEvent.Parse(Encoding.UTF8.GetBytes(body)));

        Assert.That(refused, Is.InstanceOf<LogtoException>());
        Assert.That(refused!.Message, Does.StartWith("The body is not a Logto webhook event"));
        Assert.That(refused.StatusCode, Is.Null);
    }

    [Test]
    public void The_refusal_never_quotes_the_body()
    {
        var refused = Assert.Throws<LogtoWebhookPayloadException>(() => LogtoWebhookEvent.Parse("""{"event":"User.Created","secret":"hunter2-value"}"""));

        Assert.That(refused!.ToString(), Does.Not.Contain("hunter2-value"));
    }

    [Test]
    public void A_null_string_names_the_argument() =>
        Assert.That(() => LogtoWebhookEvent.Parse((string)null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("body"));
}
