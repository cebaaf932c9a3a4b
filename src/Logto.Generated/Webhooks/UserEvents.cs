namespace Logto.Generated.Webhooks;

/// <summary><c>User.Created</c>: the user as created, in <see cref="LogtoDataEvent{TData}.Data"/>.</summary>
public sealed class UserCreatedEvent : LogtoDataEvent<User>
{
    internal UserCreatedEvent()
    {
    }
}

/// <summary><c>User.Deleted</c>: the user as it was just before deletion, in <see cref="LogtoDataEvent{TData}.Data"/>.</summary>
public sealed class UserDeletedEvent : LogtoDataEvent<User>
{
    internal UserDeletedEvent()
    {
    }
}

/// <summary><c>User.Data.Updated</c>: the user after the change, in <see cref="LogtoDataEvent{TData}.Data"/>.</summary>
public sealed class UserDataUpdatedEvent : LogtoDataEvent<User>
{
    internal UserDataUpdatedEvent()
    {
    }
}

/// <summary><c>User.SuspensionStatus.Updated</c>: the user after the change, in <see cref="LogtoDataEvent{TData}.Data"/>; its <see cref="User.IsSuspended"/> tells the new status.</summary>
public sealed class UserSuspensionStatusUpdatedEvent : LogtoDataEvent<User>
{
    internal UserSuspensionStatusUpdatedEvent()
    {
    }
}
