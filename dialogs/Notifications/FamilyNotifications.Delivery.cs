using System.Globalization;

namespace LeftBehind.Dialogs.Notifications;

public static partial class FamilyNotifications
{
    /// <summary>
    /// The writer is told that what they wrote for <paramref name="recipientName"/> could not be delivered and the
    /// service gave up on it (the start of it quoted, so they know which), and to reach that person another way.
    /// </summary>
    public static FamilyNotification NotDelivered(long outboxId, string recipientName, string text) => new(
        outboxId.ToString(CultureInfo.InvariantCulture),
        c => NotificationText.Message(c, "NotDelivered", recipientName, Snippet(text.ReplaceLineEndings(" "), 30)));
}
