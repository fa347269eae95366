using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Bot.StaffConsole;

/// <summary>
/// What will really happen to a message the console just queued for each person (an answer, an emergency's 已解除):
/// in their chat, by SMS, only once they agree, or not at all until they join — read from their bindings, consent and
/// the offline channels as the outbox will, so the teacher is never told a message reaches someone it does not.
/// </summary>
internal sealed class ConsoleReach(ChatReach reach, IBindingService bindings, IPersonRights rights)
{
    public async Task<IReadOnlyDictionary<int, ReachKind>> OfAsync(IReadOnlyCollection<int> people, bool urgent, CancellationToken cancellationToken)
    {
        var (now, later, left) = await reach.SplitWithLeftAsync(people, id => id, cancellationToken, urgent).ConfigureAwait(false);
        var awaiting = urgent ? new HashSet<int>() : await rights.GetAwaitingConsentAsync(later, cancellationToken).ConfigureAwait(false);
        var kinds = new Dictionary<int, ReachKind>();
        foreach (var id in now)
        {
            var addresses = await bindings.GetAddressesAsync(id, cancellationToken).ConfigureAwait(false);
            kinds[id] = addresses.Any(a => !string.Equals(a.ChannelId, Channels.Sms, StringComparison.OrdinalIgnoreCase)) ? ReachKind.Chat : ReachKind.Sms;
        }
        foreach (var id in later)
        {
            // Only someone the outbox would reach once they agree is waiting for consent; without a chat they have not joined.
            var joined = awaiting.Contains(id) && await ReachedOnceAgreedAsync(id, cancellationToken).ConfigureAwait(false);
            kinds[id] = joined ? ReachKind.AfterConsent : ReachKind.NotJoined;
        }
        foreach (var id in left) kinds[id] = ReachKind.Unfollowed;
        return kinds;
    }

    public async Task<ReachKind> OfAsync(int person, bool urgent, CancellationToken cancellationToken) =>
        (await OfAsync([person], urgent, cancellationToken).ConfigureAwait(false))[person];

    private async Task<bool> ReachedOnceAgreedAsync(int person, CancellationToken cancellationToken) =>
        (await reach.SplitAsync([person], id => id, cancellationToken, urgent: true).ConfigureAwait(false)).Now.Count > 0;
}
