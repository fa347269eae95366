using System.Globalization;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Notifications;

public static partial class FamilyNotifications
{
    /// <summary>
    /// The emergency alert to one recipient (round 0, then each repeat): what happened, which child, who raised it and
    /// when, the school's number and a 收到 button. Ignores quiet hours. The key is per emergency, person and round.
    /// </summary>
    public static FamilyNotification EmergencyAlert(int personId, EmergencyInfo emergency, string? schoolPhone, int round) => new(
        EmergencyAlertKeyPrefix(emergency.Id, personId) + round.ToString(CultureInfo.InvariantCulture),
        c =>
        {
            var at = TimeZoneInfo.ConvertTime(emergency.RaisedAt, Zone).ToString("HH:mm", CultureInfo.InvariantCulture);
            var activity = NotificationText.Message(c, round == 0 ? "Emergency_Alert" : "Emergency_AlertRepeat",
                emergency.ChildName, EmergencyWhat(c, emergency), EmergencyRaiser(c, emergency), at, SchoolPhone(c, schoolPhone), round + 1);
            activity.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(NotificationText.Get(c, "Emergency_AckButton"))] };
            return activity;
        },
        Urgent: true);

    /// <summary>Every round of the alert to one person (to take back what has not reached them yet).</summary>
    public static string EmergencyAlertKeyPrefix(int emergencyId, int personId) => $"emergency:{emergencyId}:{personId}:";

    /// <summary>
    /// Escalation, to those who can phone the people not answering (the raiser, the head teacher, whoever
    /// acknowledged): who has not confirmed, and the school's number (personal numbers stay private).
    /// </summary>
    public static FamilyNotification EmergencyEscalation(int personId, EmergencyInfo emergency, IReadOnlyList<EmergencyRecipientInfo> pending, string? schoolPhone) => new(
        $"emergency-escalate:{emergency.Id}:{personId}",
        c => MessageFactory.Text(NotificationText.Get(c, "Emergency_EscalationNotice", emergency.ChildName,
            EmergencyPeople(c, pending.Select(p => EmergencyPerson(c, p))), SchoolPhone(c, schoolPhone)).TrimEnd()),
        Urgent: true);

    /// <summary>A recipient confirmed the alert (收到): the person who raised it is told.</summary>
    public static FamilyNotification EmergencyAcknowledged(EmergencyInfo emergency, EmergencyRecipientInfo by) => new(
        $"emergency-ack:{emergency.Id}:{by.PersonId}",
        c => NotificationText.Message(c, "Emergency_AckNotice", EmergencyPerson(c, by), emergency.ChildName),
        Urgent: true);

    /// <summary>A reply on the emergency, passed to one other person on it.</summary>
    public static FamilyNotification EmergencyReply(int personId, EmergencyInfo emergency, int replyId, int writerId, string text) => new(
        EmergencyReplyKeyPrefix(emergency.Id) + $"{replyId}:{personId}",
        c => NotificationText.Message(c, "Emergency_ReplyForward", emergency.ChildName, EmergencyPerson(c, emergency, writerId), text),
        Urgent: true);

    /// <summary>Every reply on the emergency (the outbox keeps each person's apart).</summary>
    public static string EmergencyReplyKeyPrefix(int emergencyId) => $"emergency-reply:{emergencyId}:";

    /// <summary>
    /// The emergency is resolved: everyone else on it is told once, by the chat or the console alike. Someone who never
    /// saw the alert (<paramref name="whileAway"/>: it was taken back from their mailbox) is told what it was, too.
    /// </summary>
    public static FamilyNotification EmergencyResolved(int personId, EmergencyInfo emergency, int resolverId, string note, bool whileAway = false) => new(
        $"emergency-resolved:{emergency.Id}:{personId}",
        c => whileAway
            ? NotificationText.Message(c, "Emergency_ResolvedWhileAway", emergency.ChildName, EmergencyWhat(c, emergency), EmergencyPerson(c, emergency, resolverId), note)
            : NotificationText.Message(c, "Emergency_ResolvedNotice", emergency.ChildName, EmergencyPerson(c, emergency, resolverId), note),
        Urgent: true);

    /// <summary>"学校电话 0851-…。" or nothing when no number is configured.</summary>
    public static string SchoolPhone(CultureInfo culture, string? schoolPhone) =>
        string.IsNullOrWhiteSpace(schoolPhone) ? string.Empty : NotificationText.Get(culture, "Emergency_SchoolPhone", schoolPhone.Trim());

    /// <summary>"李红梅（班主任）", or "有人" when the raiser is not in the child's family any more.</summary>
    public static string EmergencyRaiser(CultureInfo culture, EmergencyInfo emergency) =>
        emergency.RaisedByName is { Length: > 0 } name
            ? PersonWithRole(culture, name, emergency.RaisedByRole ?? string.Empty)
            : NotificationText.Get(culture, "Emergency_Someone");

    /// <summary>"王芳（帮扶老师）": a person named with their role in the family or the school (father, mother, guardian, head_teacher, paired_teacher).</summary>
    public static string PersonWithRole(CultureInfo culture, string name, string role) =>
        NotificationText.Get(culture, "Emergency_PersonWithRole", name, RoleName(culture, role));

    public static string RoleName(CultureInfo culture, string role) =>
        role is "father" or "mother" or "guardian" or "head_teacher" or "paired_teacher"
            ? NotificationText.Get(culture, "Emergency_Role_" + role)
            : NotificationText.Get(culture, "Emergency_Role_other");

    public static string EmergencyPerson(CultureInfo culture, EmergencyRecipientInfo recipient) => PersonWithRole(culture, recipient.Name, recipient.Role);

    /// <summary>A party of the emergency by id: a recipient, or the raiser.</summary>
    public static string EmergencyPerson(CultureInfo culture, EmergencyInfo emergency, int personId) =>
        emergency.Recipients.FirstOrDefault(r => r.PersonId == personId) is { } r ? EmergencyPerson(culture, r)
            : personId == emergency.RaisedById ? EmergencyRaiser(culture, emergency) : NotificationText.Get(culture, "Emergency_Someone");

    /// <summary>People named in a list (王芳（帮扶老师）、刘丽（妈妈）).</summary>
    public static string EmergencyPeople(CultureInfo culture, IEnumerable<string> names) =>
        string.Join(NotificationText.Get(culture, "ListSeparator"), names);
}
