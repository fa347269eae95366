using System.Globalization;

namespace LeftBehind.Dialogs.Notifications;

public static partial class FamilyNotifications
{
    /// <summary>
    /// The guardian's message to a parent (a ready phrase in the parent's language, or the guardian's own words).
    /// <paramref name="messageKey"/> is the guardian's turn, so a retried turn sends once.
    /// </summary>
    public static FamilyNotification MessageToParent(string messageKey, int parentId, string guardianName, string childName, Func<CultureInfo, string> words) => new(
        $"guardian-message:{messageKey}:{parentId}",
        c => NotificationText.Message(c, "MessageToParent", guardianName, childName, words(c)));

    /// <summary>A leave request, to each teacher of the child: the days, how many school days, and the guardian's own reason when given.</summary>
    public static FamilyNotification LeaveNotice(int leaveId, int teacherId, bool sick, string guardianName, string childName, DateOnly from, DateOnly to,
        int schoolDays, Func<CultureInfo, string> dates, string? reason) => new(
        $"leave:{leaveId}:{teacherId}:{from:yyyyMMdd}-{to:yyyyMMdd}",
        c => LeftBehind.Dialogs.Kernel.MessageFactory.Text(NotificationText.Get(c, sick ? "LeaveNoticeSick" : "LeaveNoticeOther", guardianName, childName, dates(c), schoolDays)
            + (reason is null ? string.Empty : NotificationText.Get(c, "LeaveNoticeReason", reason))));
}
