namespace LeftBehind.Scheduler.Recipients;

/// <summary>
/// Who a proactive message is for, as the archive knows them at enqueue time: the language to write in, the
/// zone their clock runs in and their own quiet hours if they chose any (else the role's default).
/// </summary>
public sealed record Recipient(int PersonId, RecipientRole Role, string Locale, string? TimeZone, QuietWindow? QuietHours, bool LowLiteracy);
