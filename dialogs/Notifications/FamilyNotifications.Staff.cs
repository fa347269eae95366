namespace LeftBehind.Dialogs.Notifications;

public static partial class FamilyNotifications
{
    /// <summary>Someone is guessing invite codes: the school's teachers are warned once per hour.</summary>
    public static FamilyNotification InviteBurst(int teacherId, string hour, int wrongCodes) => new(
        $"invite-burst:{hour}:{teacherId}",
        c => NotificationText.Message(c, "InviteBurstNotice", wrongCodes));
}
