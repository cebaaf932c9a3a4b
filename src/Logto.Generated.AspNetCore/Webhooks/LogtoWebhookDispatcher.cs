using System.Collections.Concurrent;
using System.Reflection;
using Logto.Generated.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Logto.Generated.AspNetCore;

/// <summary>Runs, one after another, every handler registered for an event's type or one of its base types.</summary>
internal sealed class LogtoWebhookDispatcher
{
    private static readonly MethodInfo CallMethod = typeof(LogtoWebhookDispatcher).GetMethod(nameof(Call), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly ConcurrentDictionary<Type, Route> _routes = new();

    /// <summary>Runs the handlers; the first exception stops the rest and propagates.</summary>
    /// <returns>How many handlers ran.</returns>
    public async Task<int> DispatchAsync(IServiceProvider services, LogtoWebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        var route = _routes.GetOrAdd(webhookEvent.GetType(), CreateRoute);
        var ran = 0;
        foreach (var serviceType in route.ServiceTypes)
        {
            foreach (var handler in services.GetServices(serviceType))
            {
                if (handler is not null)
                {
                    await route.Call(handler, webhookEvent, cancellationToken).ConfigureAwait(false);
                    ran++;
                }
            }
        }

        return ran;
    }

    private static Route CreateRoute(Type eventType)
    {
        var serviceTypes = new List<Type>();
        for (var type = eventType; type is not null && typeof(LogtoWebhookEvent).IsAssignableFrom(type); type = type.BaseType)
        {
            serviceTypes.Add(typeof(ILogtoWebhookHandler<>).MakeGenericType(type));
        }

        // A handler of a base type is, by the interface's contravariance, a handler of the concrete type too.
        var call = CallMethod.MakeGenericMethod(eventType).CreateDelegate<Func<object, LogtoWebhookEvent, CancellationToken, Task>>();
        return new Route(serviceTypes, call);
    }

    private static Task Call<TEvent>(object handler, LogtoWebhookEvent webhookEvent, CancellationToken cancellationToken)
        where TEvent : LogtoWebhookEvent =>
        ((ILogtoWebhookHandler<TEvent>)handler).HandleAsync((TEvent)webhookEvent, cancellationToken);

    private sealed record Route(IReadOnlyList<Type> ServiceTypes, Func<object, LogtoWebhookEvent, CancellationToken, Task> Call);
}
