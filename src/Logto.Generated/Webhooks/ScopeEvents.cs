namespace Logto.Generated.Webhooks;

/// <summary><c>Scope.Created</c>: the scope as created, in <see cref="LogtoDataEvent{TData}.Data"/>.</summary>
public sealed class ScopeCreatedEvent : LogtoDataEvent<Scope>
{
    internal ScopeCreatedEvent()
    {
    }
}

/// <summary><c>Scope.Deleted</c>: Logto sends no <see cref="LogtoDataEvent{TData}.Data"/>; <see cref="LogtoWebhookEvent.Params"/> holds <c>resourceId</c> and <c>scopeId</c>.</summary>
public sealed class ScopeDeletedEvent : LogtoDataEvent<Scope>
{
    internal ScopeDeletedEvent()
    {
    }
}

/// <summary><c>Scope.Data.Updated</c>: the scope after the change, in <see cref="LogtoDataEvent{TData}.Data"/>.</summary>
public sealed class ScopeDataUpdatedEvent : LogtoDataEvent<Scope>
{
    internal ScopeDataUpdatedEvent()
    {
    }
}
