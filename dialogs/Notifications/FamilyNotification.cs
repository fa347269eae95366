using System.Globalization;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Notifications;

/// <summary>
/// One message to one person outside their own turn, as the catalogue defines it: the outbox key that makes a retry
/// deliver once, the message rendered in the recipient's culture (text, attachments, reply buttons), and whether it
/// ignores quiet hours.
/// </summary>
public sealed record FamilyNotification(string Key, Func<CultureInfo, Activity> Build, bool Urgent = false);
