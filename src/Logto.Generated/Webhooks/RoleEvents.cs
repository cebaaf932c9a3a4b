namespace Logto.Generated.Webhooks;

/// <summary><c>Role.Created</c>: the role as created, in <see cref="LogtoDataEvent{TData}.Data"/>.</summary>
public sealed class RoleCreatedEvent : LogtoDataEvent<Role>
{
    internal RoleCreatedEvent()
    {
    }
}

/// <summary><c>Role.Deleted</c>: Logto sends no <see cref="LogtoDataEvent{TData}.Data"/>; <see cref="LogtoWebhookEvent.Params"/> holds the role's <c>id</c>.</summary>
public sealed class RoleDeletedEvent : LogtoDataEvent<Role>
{
    internal RoleDeletedEvent()
    {
    }
}

/// <summary><c>Role.Data.Updated</c>: the role after the change, in <see cref="LogtoDataEvent{TData}.Data"/>.</summary>
public sealed class RoleDataUpdatedEvent : LogtoDataEvent<Role>
{
    internal RoleDataUpdatedEvent()
    {
    }
}

/// <summary><c>Role.Scopes.Updated</c>: what the Management API answered in <see cref="LogtoDataEvent{TData}.Data"/>; <see cref="LogtoWebhookEvent.Params"/> holds the role's <c>id</c>.</summary>
public sealed class RoleScopesUpdatedEvent : LogtoDataEvent<Role>
{
    internal RoleScopesUpdatedEvent()
    {
    }
}
