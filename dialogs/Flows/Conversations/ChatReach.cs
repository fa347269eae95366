using LeftBehind.Archive.Services;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// Who of a message's recipients has a chat now and who will get it from their mailbox once they bind, so the sender
/// is told exactly that ("已送到：王芳；王德福还没开通，开通后会收到") and never that a message was delivered when it was not.
/// </summary>
public sealed class ChatReach(IBindingService bindings, IEnumerable<IOfflineReach> offline)
{
    public async Task<(IReadOnlyList<T> Now, IReadOnlyList<T> Later)> SplitAsync<T>(IEnumerable<T> recipients, Func<T, int> personId, CancellationToken cancellationToken)
    {
        var now = new List<T>();
        var later = new List<T>();
        foreach (var r in recipients)
        {
            var id = personId(r);
            var addresses = await bindings.GetAddressesAsync(id, cancellationToken).ConfigureAwait(false);
            (addresses.Count > 0 || await ReachesOfflineAsync(id, cancellationToken).ConfigureAwait(false) ? now : later).Add(r);
        }
        return (now, later);
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
