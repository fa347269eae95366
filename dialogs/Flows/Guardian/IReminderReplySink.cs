namespace LeftBehind.Dialogs.Guardian;

/// <summary>
/// Where reminder replies go. The scheduler owns reminders (which one a person was last sent, and the monthly
/// statistics); until it registers its own implementation, <see cref="LoggingReminderReplySink"/> stands in.
/// </summary>
public interface IReminderReplySink
{
    /// <summary>The key of the latest reminder sent to the person that still waits for a reply, or null.</summary>
    Task<string?> LatestOpenAsync(int personId, CancellationToken cancellationToken = default);

    /// <summary>Records the reply; replying again to the same reminder replaces the earlier reply.</summary>
    Task RecordAsync(int personId, string reminderKey, ReminderReply reply, DateTimeOffset at, CancellationToken cancellationToken = default);
}
