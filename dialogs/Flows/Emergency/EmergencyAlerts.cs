using System.Globalization;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Emergency;

/// <summary>
/// The texts every party of an emergency gets, in the recipient's language: the alert (first and repeated) with
/// what happened, which child, who raised it and when, the school's number and a "收到" button; replies passed on,
/// and the notice that it is resolved.
/// </summary>
internal static class EmergencyAlerts
{
    private static readonly TimeZoneInfo Zone = KernelTurnState.FindZone(KernelTurnState.DefaultTimeZoneId);

    public static Activity Alert(CultureInfo culture, EmergencyInfo emergency, string? schoolPhone, int round)
    {
        var name = round == 0 ? "Alert" : "AlertRepeat";
        var raiser = Raiser(culture, emergency);
        var at = TimeZoneInfo.ConvertTime(emergency.RaisedAt, Zone).ToString("HH:mm", CultureInfo.InvariantCulture);
        var text = EmergencyText.Get(culture, name, emergency.ChildName, emergency.Text, raiser, at, Phone(culture, schoolPhone), round + 1);
        var activity = MessageFactory.Text(text);
        activity.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(EmergencyText.Get(culture, "AckButton"))] };
        return activity;
    }

    /// <summary>"学校电话 0851-…。" or nothing when no number is configured.</summary>
    public static string Phone(CultureInfo culture, string? schoolPhone) =>
        string.IsNullOrWhiteSpace(schoolPhone) ? string.Empty : EmergencyText.Get(culture, "SchoolPhone", schoolPhone.Trim());

    /// <summary>"李红梅（班主任）", or "有人" when the raiser is not in the child's family any more.</summary>
    public static string Raiser(CultureInfo culture, EmergencyInfo emergency) =>
        emergency.RaisedByName is { Length: > 0 } name
            ? EmergencyText.Get(culture, "PersonWithRole", name, RoleName(culture, emergency.RaisedByRole ?? string.Empty))
            : EmergencyText.Get(culture, "Someone");

    public static string RoleName(CultureInfo culture, string role) =>
        role is "father" or "mother" or "guardian" or "head_teacher" or "paired_teacher"
            ? EmergencyText.Get(culture, "Role_" + role)
            : EmergencyText.Get(culture, "Role_other");

    public static string Who(CultureInfo culture, EmergencyRecipientInfo recipient) =>
        EmergencyText.Get(culture, "PersonWithRole", recipient.Name, RoleName(culture, recipient.Role));

    /// <summary>A party of the emergency by id: a recipient, or the raiser.</summary>
    public static string Who(CultureInfo culture, EmergencyInfo emergency, int personId) =>
        emergency.Recipients.FirstOrDefault(r => r.PersonId == personId) is { } r ? Who(culture, r)
            : personId == emergency.RaisedById ? Raiser(culture, emergency) : EmergencyText.Get(culture, "Someone");

    public static string List(CultureInfo culture, IEnumerable<string> names) =>
        string.Join(EmergencyText.Get(culture, "ListSeparator"), names);

    public static string AlertKey(int emergencyId, int personId, int round) => AlertKeyPrefix(emergencyId, personId) + round.ToString(CultureInfo.InvariantCulture);

    /// <summary>A reply on the emergency passed to one person.</summary>
    public static string ReplyKey(int emergencyId, int replyId, int personId) => ReplyKeyPrefix(emergencyId) + $"{replyId}:{personId}";

    /// <summary>Every reply on the emergency (the outbox keeps each person's apart).</summary>
    public static string ReplyKeyPrefix(int emergencyId) => $"emergency-reply:{emergencyId}:";

    /// <summary>Every round of the alert to one person.</summary>
    public static string AlertKeyPrefix(int emergencyId, int personId) => $"emergency:{emergencyId}:{personId}:";
}
