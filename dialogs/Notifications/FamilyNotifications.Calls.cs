using System.Globalization;
using LeftBehind.Archive.Services;

namespace LeftBehind.Dialogs.Notifications;

public static partial class FamilyNotifications
{
    /// <summary>A parent proposed a call home: the guardian is asked (1 可以, 2 换个时间).</summary>
    public static FamilyNotification CallProposed(int guardianId, CallBookingInfo booking, string parentName, string childName) => new(
        $"call-{booking.Id}-proposed-{guardianId}",
        c => NotificationText.Message(c, "CallProposedForGuardian", parentName, childName, TimeZoneInfo.ConvertTime(booking.ScheduledAt, Zone).DateTime));

    /// <summary>The guardian accepted or declined the proposed call: the parent is told. <paramref name="when"/> is the time as the guardian saw it.</summary>
    public static FamilyNotification CallAnswered(int bookingId, bool accepted, string guardianName, string childName, Func<CultureInfo, string> when) => new(
        $"callhome-reply:{bookingId}",
        c => NotificationText.Message(c, accepted ? "CallConfirmedToParent" : "CallDeclinedToParent", guardianName, childName, when(c)));
}
