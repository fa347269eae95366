using System.Globalization;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Emergency;

/// <summary>The alert every recipient gets, first and repeated, in the recipient's language, with a "收到" button.</summary>
internal static class EmergencyAlerts
{
    public static Activity Alert(CultureInfo culture, EmergencyInfo emergency, string raiserName, int round)
    {
        var name = round == 0 ? "Alert" : "AlertRepeat";
        var text = EmergencyText.Get(culture, name, emergency.ChildName, emergency.Text, raiserName, round + 1);
        var activity = MessageFactory.Text(text);
        activity.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(EmergencyText.Get(culture, "AckButton"))] };
        return activity;
    }

    public static string RoleName(CultureInfo culture, string role) =>
        role is "father" or "mother" or "guardian" or "head_teacher" or "paired_teacher"
            ? EmergencyText.Get(culture, "Role_" + role)
            : EmergencyText.Get(culture, "Role_other");

    public static string Who(CultureInfo culture, EmergencyRecipientInfo recipient) =>
        EmergencyText.Get(culture, "PersonWithRole", recipient.Name, RoleName(culture, recipient.Role));

    public static string List(CultureInfo culture, IEnumerable<string> names) =>
        string.Join(EmergencyText.Get(culture, "ListSeparator"), names);

    public static string AlertKey(int emergencyId, int personId, int round) => $"emergency:{emergencyId}:{personId}:{round}";
}
