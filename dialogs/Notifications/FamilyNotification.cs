using System.Globalization;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Notifications;

/// <summary>
/// One message to one person outside their own turn, as the catalogue defines it: the outbox key that makes a retry
/// deliver once, the message rendered in the recipient's culture (text, attachments, reply buttons), and whether it
/// ignores quiet hours. A flow's key is the whole key of its send; a scheduled job's is the period under the job's
/// name (the outbox key is <c>{job}|{recipient}|{Key}</c>).
/// </summary>
public sealed record FamilyNotification(string Key, Func<CultureInfo, Activity> Build, bool Urgent = false)
{
    /// <summary>A reminder answered with 1/2/3 (<see cref="ReminderReplyWords"/>): the scheduler keeps it open for the reply.</summary>
    public bool ExpectsReply { get; init; }

    /// <summary>
    /// The person who wrote what this carries (a parent's question, a letter, a guardian's message or leave): if it can
    /// never be delivered, they are told (<see cref="FamilyNotifications.NotDelivered"/>). Null for the service's own notices.
    /// </summary>
    public int? WrittenBy { get; init; }
}
