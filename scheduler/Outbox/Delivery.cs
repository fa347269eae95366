using LeftBehind.Scheduler.Recipients;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// A message a job wants sent: to whom, under which (job, period) key, whether a 1/2/3 reply is expected, and
/// whether it must go out even in quiet hours (a reminder for a call booked at that very hour).
/// </summary>
internal sealed record Delivery(Recipient Recipient, string Job, string Period, OutboxMessage Message, bool Urgent = false, bool ExpectsReply = false, bool BypassQuietHours = false);
