using LeftBehind.Scheduler.Recipients;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// A message a job wants sent: to whom, under which (job, period) key, whether a 1/2/3 reply is expected, and
/// whether it must go out even in quiet hours (a reminder for a call booked at that very hour).
/// </summary>
internal sealed record Delivery(Recipient Recipient, string Job, string Period, OutboxMessage Message, bool Urgent = false, bool ExpectsReply = false, bool BypassQuietHours = false)
{
    /// <summary>
    /// The catalogue's entry (<see cref="FamilyNotifications"/>) for one recipient, rendered in their language: its key
    /// is the period under the job's name, its urgency and whether it expects a 1/2/3 reply are the entry's.
    /// </summary>
    public static Delivery Of(Recipient recipient, string job, FamilyNotification notification, bool bypassQuietHours = false) =>
        new(recipient, job, notification.Key, OutboxMessage.From(notification.Build(FamilyNotifications.Culture(recipient.Locale))),
            notification.Urgent, notification.ExpectsReply, bypassQuietHours);
}
