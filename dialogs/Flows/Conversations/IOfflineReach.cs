using LeftBehind.Archive.Services;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// A way to reach a person who has no chat (an SMS or a call to the roster's number), composed by the host when such a
/// channel is configured, so the sender is not told "还没开通" about someone the message reaches today; and, for an
/// address of that channel a person is bound on, whether it refuses messages for the rest of the day (an SMS number over
/// the provider's daily limit), so the sender is not told they were notified.
/// </summary>
public interface IOfflineReach
{
    Task<bool> ReachesAsync(int personId, CancellationToken cancellationToken);

    /// <summary>True when <paramref name="address"/> is this way's and nothing reaches it by it before the day ends.</summary>
    Task<bool> RefusesAsync(ChannelAddress address, CancellationToken cancellationToken);

    /// <summary>True when the person's number is refused by this way for the rest of the day (the SMS provider's daily limit).</summary>
    Task<bool> OverLimitTodayAsync(int personId, CancellationToken cancellationToken);
}
