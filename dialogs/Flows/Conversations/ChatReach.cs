using LeftBehind.Archive.Services;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// Who of a message's recipients has a chat now and who will get it from their mailbox once they bind, so the sender
/// is told exactly that ("已送到：王芳；王德福还没开通，开通后会收到") and never that a message was delivered when it was not.
/// </summary>
public sealed class ChatReach(IBindingService bindings)
{
    public async Task<(IReadOnlyList<T> Now, IReadOnlyList<T> Later)> SplitAsync<T>(IEnumerable<T> recipients, Func<T, int> personId, CancellationToken cancellationToken)
    {
        var now = new List<T>();
        var later = new List<T>();
        foreach (var r in recipients)
        {
            var addresses = await bindings.GetAddressesAsync(personId(r), cancellationToken).ConfigureAwait(false);
            (addresses.Count > 0 ? now : later).Add(r);
        }
        return (now, later);
    }
}
