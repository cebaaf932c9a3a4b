namespace Logto.Generated.Webhooks;

/// <summary><c>OrganizationRole.Created</c>: the organization role as created, in <see cref="LogtoDataEvent{TData}.Data"/>.</summary>
public sealed class OrganizationRoleCreatedEvent : LogtoDataEvent<OrganizationRole>
{
    internal OrganizationRoleCreatedEvent()
    {
    }
}

/// <summary><c>OrganizationRole.Deleted</c>: Logto sends no <see cref="LogtoDataEvent{TData}.Data"/>; <see cref="LogtoWebhookEvent.Params"/> holds the role's <c>id</c>.</summary>
public sealed class OrganizationRoleDeletedEvent : LogtoDataEvent<OrganizationRole>
{
    internal OrganizationRoleDeletedEvent()
    {
    }
}

/// <summary><c>OrganizationRole.Data.Updated</c>: the organization role after the change, in <see cref="LogtoDataEvent{TData}.Data"/>.</summary>
public sealed class OrganizationRoleDataUpdatedEvent : LogtoDataEvent<OrganizationRole>
{
    internal OrganizationRoleDataUpdatedEvent()
    {
    }
}

/// <summary><c>OrganizationRole.Scopes.Updated</c>: what the Management API answered, often null in <see cref="LogtoDataEvent{TData}.Data"/>; <see cref="LogtoWebhookEvent.Params"/> holds the role's <c>id</c>.</summary>
public sealed class OrganizationRoleScopesUpdatedEvent : LogtoDataEvent<OrganizationRole>
{
    internal OrganizationRoleScopesUpdatedEvent()
    {
    }
}
