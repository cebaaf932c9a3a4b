using Logto.Generated.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Logto.Generated.AspNetCore;

/// <summary>
/// Keeps the third-party applications service's per-user cache in step with Logto, when that service is registered:
/// user events forget that user; a membership change forgets the users it names, or everyone when it names nobody
/// (or its list may have been cut short); role and organization-role events and organization deletions forget everyone.
/// </summary>
internal sealed class ThirdPartyApplicationsWebhookHandler(IServiceProvider services) : ILogtoWebhookHandler<LogtoWebhookEvent>
{
    public async Task HandleAsync(LogtoWebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        if (services.GetService<IThirdPartyApplicationsService>() is not { } applications)
        {
            return;
        }

        switch (webhookEvent)
        {
            case UserDeletedEvent or UserSuspensionStatusUpdatedEvent or UserDataUpdatedEvent:
                var user = ((LogtoDataEvent<User>)webhookEvent).Data?.Id ?? webhookEvent.Params.GetValueOrDefault("userId");
                await (string.IsNullOrWhiteSpace(user)
                    ? applications.InvalidateAllUsersAsync(cancellationToken)
                    : applications.InvalidateUserAsync(user, cancellationToken)).ConfigureAwait(false);
                break;
            case OrganizationMembershipUpdatedEvent membership:
                var named = membership.AddedUserIds.Concat(membership.RemovedUserIds).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
                if (named.Count == 0
                    || membership.AddedUserIds.Count >= OrganizationMembershipUpdatedEvent.MaxListedIds
                    || membership.RemovedUserIds.Count >= OrganizationMembershipUpdatedEvent.MaxListedIds)
                {
                    await applications.InvalidateAllUsersAsync(cancellationToken).ConfigureAwait(false);
                    break;
                }

                foreach (var id in named)
                {
                    await applications.InvalidateUserAsync(id, cancellationToken).ConfigureAwait(false);
                }

                break;
            case LogtoDataEvent<Role> or LogtoDataEvent<OrganizationRole> or OrganizationDeletedEvent:
                await applications.InvalidateAllUsersAsync(cancellationToken).ConfigureAwait(false);
                break;
        }
    }
}
