namespace Logto.Generated.Webhooks;

/// <summary>
/// The names of the events Logto can send to a webhook, as they appear in a delivery's <c>event</c> field and in a
/// hook's <c>events</c> list. Logto adds events over time: a name not listed here still reads, as an
/// <see cref="UnknownLogtoWebhookEvent"/>.
/// </summary>
public static class LogtoWebhookEvents
{
    /// <summary>A user finished registering through an interaction (<see cref="PostRegisterEvent"/>).</summary>
    public const string PostRegister = "PostRegister";

    /// <summary>A user finished signing in through an interaction (<see cref="PostSignInEvent"/>).</summary>
    public const string PostSignIn = "PostSignIn";

    /// <summary>Adaptive MFA asked a user signing in for a second factor (<see cref="PostSignInAdaptiveMfaTriggeredEvent"/>).</summary>
    public const string PostSignInAdaptiveMfaTriggered = "PostSignInAdaptiveMfaTriggered";

    /// <summary>A user reset their password through an interaction (<see cref="PostResetPasswordEvent"/>).</summary>
    public const string PostResetPassword = "PostResetPassword";

    /// <summary>A user was created (<see cref="UserCreatedEvent"/>).</summary>
    public const string UserCreated = "User.Created";

    /// <summary>A user was deleted (<see cref="UserDeletedEvent"/>).</summary>
    public const string UserDeleted = "User.Deleted";

    /// <summary>A user's data, custom data, profile or password changed (<see cref="UserDataUpdatedEvent"/>).</summary>
    public const string UserDataUpdated = "User.Data.Updated";

    /// <summary>A user was suspended or reactivated (<see cref="UserSuspensionStatusUpdatedEvent"/>).</summary>
    public const string UserSuspensionStatusUpdated = "User.SuspensionStatus.Updated";

    /// <summary>A trusted device was recorded; Logto sends it only while the feature is under development, and it reads as an <see cref="UnknownLogtoWebhookEvent"/>.</summary>
    public const string TrustedDeviceCreated = "TrustedDevice.Created";

    /// <summary>A trusted device was removed; Logto sends it only while the feature is under development, and it reads as an <see cref="UnknownLogtoWebhookEvent"/>.</summary>
    public const string TrustedDeviceDeleted = "TrustedDevice.Deleted";

    /// <summary>A role was created (<see cref="RoleCreatedEvent"/>).</summary>
    public const string RoleCreated = "Role.Created";

    /// <summary>A role was deleted (<see cref="RoleDeletedEvent"/>).</summary>
    public const string RoleDeleted = "Role.Deleted";

    /// <summary>A role's name or description changed (<see cref="RoleDataUpdatedEvent"/>).</summary>
    public const string RoleDataUpdated = "Role.Data.Updated";

    /// <summary>Scopes were added to a role or removed from it (<see cref="RoleScopesUpdatedEvent"/>).</summary>
    public const string RoleScopesUpdated = "Role.Scopes.Updated";

    /// <summary>An API resource scope was created (<see cref="ScopeCreatedEvent"/>).</summary>
    public const string ScopeCreated = "Scope.Created";

    /// <summary>An API resource scope was deleted (<see cref="ScopeDeletedEvent"/>).</summary>
    public const string ScopeDeleted = "Scope.Deleted";

    /// <summary>An API resource scope changed (<see cref="ScopeDataUpdatedEvent"/>).</summary>
    public const string ScopeDataUpdated = "Scope.Data.Updated";

    /// <summary>An organization was created (<see cref="OrganizationCreatedEvent"/>).</summary>
    public const string OrganizationCreated = "Organization.Created";

    /// <summary>An organization was deleted (<see cref="OrganizationDeletedEvent"/>).</summary>
    public const string OrganizationDeleted = "Organization.Deleted";

    /// <summary>An organization's data changed (<see cref="OrganizationDataUpdatedEvent"/>).</summary>
    public const string OrganizationDataUpdated = "Organization.Data.Updated";

    /// <summary>Users or applications joined or left an organization (<see cref="OrganizationMembershipUpdatedEvent"/>).</summary>
    public const string OrganizationMembershipUpdated = "Organization.Membership.Updated";

    /// <summary>An organization role was created (<see cref="OrganizationRoleCreatedEvent"/>).</summary>
    public const string OrganizationRoleCreated = "OrganizationRole.Created";

    /// <summary>An organization role was deleted (<see cref="OrganizationRoleDeletedEvent"/>).</summary>
    public const string OrganizationRoleDeleted = "OrganizationRole.Deleted";

    /// <summary>An organization role's data changed (<see cref="OrganizationRoleDataUpdatedEvent"/>).</summary>
    public const string OrganizationRoleDataUpdated = "OrganizationRole.Data.Updated";

    /// <summary>An organization role's scopes changed (<see cref="OrganizationRoleScopesUpdatedEvent"/>).</summary>
    public const string OrganizationRoleScopesUpdated = "OrganizationRole.Scopes.Updated";

    /// <summary>An organization scope was created (<see cref="OrganizationScopeCreatedEvent"/>).</summary>
    public const string OrganizationScopeCreated = "OrganizationScope.Created";

    /// <summary>An organization scope was deleted (<see cref="OrganizationScopeDeletedEvent"/>).</summary>
    public const string OrganizationScopeDeleted = "OrganizationScope.Deleted";

    /// <summary>An organization scope changed (<see cref="OrganizationScopeDataUpdatedEvent"/>).</summary>
    public const string OrganizationScopeDataUpdated = "OrganizationScope.Data.Updated";

    /// <summary>Too many failed attempts locked an identifier out (<see cref="IdentifierLockoutEvent"/>).</summary>
    public const string IdentifierLockout = "Identifier.Lockout";

    /// <summary>Sending a verification message was refused by the rate limit (<see cref="MessageRateLimitedEvent"/>).</summary>
    public const string MessageRateLimited = "Message.RateLimited";

    /// <summary>A user's grants for an application passed their limit, so older ones were revoked (<see cref="GrantLimitExceededEvent"/>).</summary>
    public const string GrantLimitExceeded = "Grant.LimitExceeded";

    /// <summary>Every event name above, in Logto's order: what a hook created with <c>POST /api/hooks</c> may list.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        PostRegister, PostSignIn, PostSignInAdaptiveMfaTriggered, PostResetPassword,
        UserCreated, UserDeleted, UserDataUpdated, UserSuspensionStatusUpdated,
        TrustedDeviceCreated, TrustedDeviceDeleted,
        RoleCreated, RoleDeleted, RoleDataUpdated, RoleScopesUpdated,
        ScopeCreated, ScopeDeleted, ScopeDataUpdated,
        OrganizationCreated, OrganizationDeleted, OrganizationDataUpdated, OrganizationMembershipUpdated,
        OrganizationRoleCreated, OrganizationRoleDeleted, OrganizationRoleDataUpdated, OrganizationRoleScopesUpdated,
        OrganizationScopeCreated, OrganizationScopeDeleted, OrganizationScopeDataUpdated,
        IdentifierLockout, MessageRateLimited, GrantLimitExceeded,
    ];
}
