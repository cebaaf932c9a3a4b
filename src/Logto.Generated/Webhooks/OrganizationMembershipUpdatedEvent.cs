using Newtonsoft.Json.Linq;

namespace Logto.Generated.Webhooks;

/// <summary>
/// <c>Organization.Membership.Updated</c>: users or applications joined or left an organization. Logto sends no
/// <see cref="LogtoDataEvent{TData}.Data"/>; it names the organization and, depending on the request, the users and
/// applications added or removed. A list Logto left out means no change of that kind was named (replacing all members
/// with <c>PUT /api/organizations/{id}/users</c>, for one, may name nobody); Logto caps each list at 5,000 ids.
/// Role assignments inside an organization send no event at all.
/// </summary>
public sealed class OrganizationMembershipUpdatedEvent : LogtoDataEvent<Organization>
{
    /// <summary>The most ids Logto puts in one list; a full list may have been cut short.</summary>
    public const int MaxListedIds = 5000;

    internal OrganizationMembershipUpdatedEvent()
    {
    }

    /// <summary>The organization's id (<c>organizationId</c>, else the route's <c>id</c>).</summary>
    public string? OrganizationId { get; private set; }

    /// <summary>The users added, as Logto named them; empty when it named none.</summary>
    public IReadOnlyList<string> AddedUserIds { get; private set; } = [];

    /// <summary>The users removed (<c>removedUserIds</c>, else the route's <c>userId</c> on a removal); empty when Logto named none.</summary>
    public IReadOnlyList<string> RemovedUserIds { get; private set; } = [];

    /// <summary>The applications added, as Logto named them; empty when it named none.</summary>
    public IReadOnlyList<string> AddedApplicationIds { get; private set; } = [];

    /// <summary>The applications removed, as Logto named them; empty when it named none.</summary>
    public IReadOnlyList<string> RemovedApplicationIds { get; private set; } = [];

    private protected override void ReadMore(JObject json)
    {
        OrganizationId = WebhookJson.String(json, "organizationId") ?? Params.GetValueOrDefault("id");
        AddedUserIds = WebhookJson.List(json, "addedUserIds");
        RemovedUserIds = WebhookJson.List(json, "removedUserIds");
        if (RemovedUserIds.Count == 0 && json["removedUserIds"] is null && string.Equals(Method, "DELETE", StringComparison.OrdinalIgnoreCase)
            && Params.TryGetValue("userId", out var removed))
        {
            RemovedUserIds = [removed];
        }

        AddedApplicationIds = WebhookJson.List(json, "addedApplicationIds");
        RemovedApplicationIds = WebhookJson.List(json, "removedApplicationIds");
    }
}
