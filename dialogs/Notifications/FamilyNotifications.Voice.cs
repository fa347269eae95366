using System.Globalization;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Notifications;

/// <summary>What the emergency voice calls say (keys: the call's period under the voice job).</summary>
public static partial class FamilyNotifications
{
    /// <summary>What the voice call says to a recipient who has not confirmed an emergency.</summary>
    public static FamilyNotification EmergencyVoiceCall(string period, EmergencyInfo emergency) => new(
        period, c => NotificationText.Message(c, "Voice_Emergency", emergency.ChildName, EmergencyWhat(c, emergency)), Urgent: true);

    /// <summary>Still nobody confirmed after the calls: the head teacher is called with the names of those silent.</summary>
    public static FamilyNotification EmergencyVoiceToHeadTeacher(string period, EmergencyInfo emergency, IReadOnlyList<string> silent) => new(
        period, c => NotificationText.Message(c, "Voice_EmergencyHeadTeacher", emergency.ChildName, List(c, silent)), Urgent: true);
}
