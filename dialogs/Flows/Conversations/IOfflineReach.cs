namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// A way to reach a person who has no chat (an SMS or a call to the roster's number), composed by the host when such a
/// channel is configured, so the sender is not told "还没开通" about someone the message reaches today.
/// </summary>
public interface IOfflineReach
{
    Task<bool> ReachesAsync(int personId, CancellationToken cancellationToken);
}
