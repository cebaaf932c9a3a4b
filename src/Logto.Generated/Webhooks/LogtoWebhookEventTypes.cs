namespace Logto.Generated.Webhooks;

/// <summary>Which type each event name reads into.</summary>
internal static class LogtoWebhookEventTypes
{
    private static readonly Dictionary<string, Func<LogtoWebhookEvent>> Factories = new(StringComparer.Ordinal)
    {
        [LogtoWebhookEvents.PostRegister] = () => new PostRegisterEvent(),
        [LogtoWebhookEvents.PostSignIn] = () => new PostSignInEvent(),
        [LogtoWebhookEvents.PostSignInAdaptiveMfaTriggered] = () => new PostSignInAdaptiveMfaTriggeredEvent(),
        [LogtoWebhookEvents.PostResetPassword] = () => new PostResetPasswordEvent(),
        [LogtoWebhookEvents.UserCreated] = () => new UserCreatedEvent(),
        [LogtoWebhookEvents.UserDeleted] = () => new UserDeletedEvent(),
        [LogtoWebhookEvents.UserDataUpdated] = () => new UserDataUpdatedEvent(),
        [LogtoWebhookEvents.UserSuspensionStatusUpdated] = () => new UserSuspensionStatusUpdatedEvent(),
        [LogtoWebhookEvents.RoleCreated] = () => new RoleCreatedEvent(),
        [LogtoWebhookEvents.RoleDeleted] = () => new RoleDeletedEvent(),
        [LogtoWebhookEvents.RoleDataUpdated] = () => new RoleDataUpdatedEvent(),
        [LogtoWebhookEvents.RoleScopesUpdated] = () => new RoleScopesUpdatedEvent(),
        [LogtoWebhookEvents.ScopeCreated] = () => new ScopeCreatedEvent(),
        [LogtoWebhookEvents.ScopeDeleted] = () => new ScopeDeletedEvent(),
        [LogtoWebhookEvents.ScopeDataUpdated] = () => new ScopeDataUpdatedEvent(),
        [LogtoWebhookEvents.OrganizationCreated] = () => new OrganizationCreatedEvent(),
        [LogtoWebhookEvents.OrganizationDeleted] = () => new OrganizationDeletedEvent(),
        [LogtoWebhookEvents.OrganizationDataUpdated] = () => new OrganizationDataUpdatedEvent(),
        [LogtoWebhookEvents.OrganizationMembershipUpdated] = () => new OrganizationMembershipUpdatedEvent(),
        [LogtoWebhookEvents.OrganizationRoleCreated] = () => new OrganizationRoleCreatedEvent(),
        [LogtoWebhookEvents.OrganizationRoleDeleted] = () => new OrganizationRoleDeletedEvent(),
        [LogtoWebhookEvents.OrganizationRoleDataUpdated] = () => new OrganizationRoleDataUpdatedEvent(),
        [LogtoWebhookEvents.OrganizationRoleScopesUpdated] = () => new OrganizationRoleScopesUpdatedEvent(),
        [LogtoWebhookEvents.OrganizationScopeCreated] = () => new OrganizationScopeCreatedEvent(),
        [LogtoWebhookEvents.OrganizationScopeDeleted] = () => new OrganizationScopeDeletedEvent(),
        [LogtoWebhookEvents.OrganizationScopeDataUpdated] = () => new OrganizationScopeDataUpdatedEvent(),
        [LogtoWebhookEvents.IdentifierLockout] = () => new IdentifierLockoutEvent(),
        [LogtoWebhookEvents.MessageRateLimited] = () => new MessageRateLimitedEvent(),
        [LogtoWebhookEvents.GrantLimitExceeded] = () => new GrantLimitExceededEvent(),
    };

    public static LogtoWebhookEvent Create(string name) =>
        Factories.TryGetValue(name, out var create) ? create() : new UnknownLogtoWebhookEvent();
}
