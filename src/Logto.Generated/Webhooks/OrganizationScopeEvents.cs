namespace Logto.Generated.Webhooks;

/// <summary><c>OrganizationScope.Created</c>: the organization scope as created, in <see cref="LogtoDataEvent{TData}.Data"/>.</summary>
public sealed class OrganizationScopeCreatedEvent : LogtoDataEvent<OrganizationScope>
{
    internal OrganizationScopeCreatedEvent()
    {
    }
}

/// <summary><c>OrganizationScope.Deleted</c>: Logto sends no <see cref="LogtoDataEvent{TData}.Data"/>; <see cref="LogtoWebhookEvent.Params"/> holds the scope's <c>id</c>.</summary>
public sealed class OrganizationScopeDeletedEvent : LogtoDataEvent<OrganizationScope>
{
    internal OrganizationScopeDeletedEvent()
    {
    }
}

/// <summary><c>OrganizationScope.Data.Updated</c>: the organization scope after the change, in <see cref="LogtoDataEvent{TData}.Data"/>.</summary>
public sealed class OrganizationScopeDataUpdatedEvent : LogtoDataEvent<OrganizationScope>
{
    internal OrganizationScopeDataUpdatedEvent()
    {
    }
}
