using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Scheduler.Outbox;

namespace LeftBehind.Bot.Phone;

/// <summary>With SMS or voice configured, a person with a number on the roster is reached today even without a chat.</summary>
internal sealed class PhoneReach(IPhoneRecords phones) : IOfflineReach
{
    public async Task<bool> ReachesAsync(int personId, CancellationToken cancellationToken) =>
        PhoneAddress.Normalize(await phones.GetRosterPhoneAsync(personId, cancellationToken).ConfigureAwait(false)) is not null;
}
