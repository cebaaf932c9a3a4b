using Newtonsoft.Json.Linq;

namespace Logto.Generated.Webhooks;

/// <summary>
/// An event Logto raises when a Management API request (or an interaction) changes an entity: <c>User.*</c>,
/// <c>Role.*</c>, <c>Scope.*</c>, <c>Organization.*</c>, <c>OrganizationRole.*</c>, <c>OrganizationScope.*</c>.
/// A handler of <c>LogtoDataEvent&lt;User&gt;</c> hears every user event.
/// </summary>
/// <typeparam name="TData">The generated model of the entity, as the Management API returns it.</typeparam>
public abstract class LogtoDataEvent<TData> : LogtoWebhookEvent
    where TData : class
{
    private protected LogtoDataEvent()
    {
    }

    /// <summary>
    /// The entity, read with the clients' settings (timestamps in epoch milliseconds); null when Logto sent none, as on
    /// most <c>*.Deleted</c> events (their <see cref="LogtoWebhookEvent.Params"/> hold the id) and on
    /// <c>Organization.Membership.Updated</c>.
    /// </summary>
    public TData? Data { get; private set; }

    private protected override void Read(JObject json)
    {
        Data = WebhookJson.Model<TData>(json, "data");
        ReadMore(json);
    }

    /// <summary>Reads fields beyond <see cref="Data"/>, for the events that carry some.</summary>
    private protected virtual void ReadMore(JObject json)
    {
    }
}
