using LeftBehind.Archive.Services;

namespace LeftBehind.Dialogs.Guardian;

/// <summary>
/// Where reminder replies go. The scheduler owns reminders (which one a person was last sent, and the monthly
/// statistics); the host composes the implementation that records them there.
/// </summary>
public interface IReminderReplySink
{
    /// <summary>The key of the latest reminder sent to the person that still waits for a reply, or null.</summary>
    Task<string?> LatestOpenAsync(int personId, CancellationToken cancellationToken = default);

    /// <summary>Records the reply; replying again to the same reminder replaces the earlier reply.</summary>
    Task RecordAsync(int personId, string reminderKey, ReminderReply reply, DateTimeOffset at, CancellationToken cancellationToken = default);
}
