using LeftBehind.Archive.Services;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// Who of a message's recipients has a chat now and who will get it from their mailbox once they bind, so the sender
/// is told exactly that ("已送到：王芳；王德福还没开通，开通后会收到") and never that a message was delivered when it was not.
/// A parent or guardian whose consent is not in force gets routine messages only after 同意 (the outbox holds them), so
/// for a routine message they count as later too; an urgent message reaches them at once.
/// </summary>
public sealed class ChatReach(IBindingService bindings, IEnumerable<IOfflineReach> offline, IPersonRights rights)
{
    public async Task<(IReadOnlyList<T> Now, IReadOnlyList<T> Later)> SplitAsync<T>(IEnumerable<T> recipients, Func<T, int> personId, CancellationToken cancellationToken, bool urgent = false)
    {
        var now = new List<T>();
        var later = new List<T>();
        foreach (var r in recipients)
        {
            var id = personId(r);
            var addresses = await bindings.GetAddressesAsync(id, cancellationToken).ConfigureAwait(false);
            (await AnyLiveAsync(addresses, cancellationToken).ConfigureAwait(false) || await ReachesOfflineAsync(id, cancellationToken).ConfigureAwait(false) ? now : later).Add(r);
        }
        if (urgent || now.Count == 0) return (now, later);
        var awaiting = await rights.GetAwaitingConsentAsync(now.Select(personId).Distinct().ToList(), cancellationToken).ConfigureAwait(false);
        if (awaiting.Count == 0) return (now, later);
        // In the order they were given (the family's order), whichever list they end in.
        var all = now.Concat(later).ToHashSet();
        var ordered = recipients.Where(all.Contains).Distinct().ToList();
        return ([.. ordered.Where(r => now.Contains(r) && !awaiting.Contains(personId(r)))], [.. ordered.Where(r => later.Contains(r) || awaiting.Contains(personId(r)))]);
    }

    /// <summary>As <see cref="SplitAsync{T}"/>, with those who left their chat (unfollowed) taken out of the later ones.</summary>
    public async Task<(IReadOnlyList<T> Now, IReadOnlyList<T> Later, IReadOnlyList<T> Left)> SplitWithLeftAsync<T>(IEnumerable<T> recipients, Func<T, int> personId, CancellationToken cancellationToken, bool urgent = false)
    {
        var (now, later) = await SplitAsync(recipients, personId, cancellationToken, urgent).ConfigureAwait(false);
        var left = await UnfollowedAsync(later, personId, cancellationToken).ConfigureAwait(false);
        return (now, left.Count == 0 ? later : [.. later.Where(r => !left.Contains(r))], left);
    }

    /// <summary>
    /// Of the people a message reaches later, those who had a chat and left it (unfollowed the WeChat account): they are
    /// told apart from those who never opened one (已取消关注微信, not 还没开通), in the order given.
    /// </summary>
    public async Task<IReadOnlyList<T>> UnfollowedAsync<T>(IEnumerable<T> later, Func<T, int> personId, CancellationToken cancellationToken)
    {
        var left = new List<T>();
        foreach (var r in later)
        {
            if (await bindings.HasLeftChatAsync(personId(r), cancellationToken).ConfigureAwait(false)) left.Add(r);
        }
        return left;
    }

    /// <summary>
    /// Of the people a message reaches later, those whose number a channel refuses for the rest of the day (the SMS
    /// provider's daily limit): told apart from those who never opened a chat, in the order given.
    /// </summary>
    public async Task<IReadOnlyList<T>> OverLimitTodayAsync<T>(IEnumerable<T> later, Func<T, int> personId, CancellationToken cancellationToken)
    {
        var full = new List<T>();
        foreach (var r in later)
        {
            foreach (var way in offline)
            {
                if (!await way.OverLimitTodayAsync(personId(r), cancellationToken).ConfigureAwait(false)) continue;
                full.Add(r);
                break;
            }
        }
        return full;
    }

    /// <summary>Whether one of the person's chats takes messages today (an SMS number over the provider's daily limit does not).</summary>
    private async Task<bool> AnyLiveAsync(IReadOnlyList<ChannelAddress> addresses, CancellationToken cancellationToken)
    {
        foreach (var address in addresses)
        {
            var refused = false;
            foreach (var way in offline)
            {
                if (refused = await way.RefusesAsync(address, cancellationToken).ConfigureAwait(false)) break;
            }
            if (!refused) return true;
        }
        return false;
    }

    private async Task<bool> ReachesOfflineAsync(int personId, CancellationToken cancellationToken)
    {
        foreach (var way in offline)
        {
            if (await way.ReachesAsync(personId, cancellationToken).ConfigureAwait(false)) return true;
        }
        return false;
    }
}
