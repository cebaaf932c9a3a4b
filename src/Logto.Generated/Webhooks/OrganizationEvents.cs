namespace Logto.Generated.Webhooks;

/// <summary><c>Organization.Created</c>: the organization as created, in <see cref="LogtoDataEvent{TData}.Data"/>.</summary>
public sealed class OrganizationCreatedEvent : LogtoDataEvent<Organization>
{
    internal OrganizationCreatedEvent()
    {
    }
}

/// <summary><c>Organization.Deleted</c>: Logto sends no <see cref="LogtoDataEvent{TData}.Data"/>; <see cref="LogtoWebhookEvent.Params"/> holds the organization's <c>id</c>.</summary>
public sealed class OrganizationDeletedEvent : LogtoDataEvent<Organization>
{
    internal OrganizationDeletedEvent()
    {
    }
}

/// <summary><c>Organization.Data.Updated</c>: the organization after the change, in <see cref="LogtoDataEvent{TData}.Data"/>.</summary>
public sealed class OrganizationDataUpdatedEvent : LogtoDataEvent<Organization>
{
    internal OrganizationDataUpdatedEvent()
    {
    }
}
