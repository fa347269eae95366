using System.Globalization;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Notifications;

/// <summary>
/// The scheduler's messages. A job files each under its own name, so the outbox key is <c>{job}|{recipient}|{Key}</c>:
/// these entries' keys are the period part (a month, a day and a child, a booking), formatted here once.
/// </summary>
public static partial class FamilyNotifications
{
    /// <summary>What the monthly letter reminder's button sends back: the parent's letter flow starts on it.</summary>
    public const string WriteLetterValue = "写信";

    /// <summary>The monthly 两地书 reminder to a parent, with the 写信 button; a festival ahead is named with its date.</summary>
    public static FamilyNotification MonthlyLetterToParent(string period, IReadOnlyList<string> children, string? festival, DateOnly festivalDate) => new(
        period,
        c =>
        {
            var names = List(c, children);
            var activity = festival is null
                ? NotificationText.Message(c, "MonthlyLetter_Parent", names)
                : NotificationText.Message(c, "MonthlyLetter_Parent_Festival", names, FestivalName(c, festival),
                    NotificationText.Get(c, "Date_MonthDay", festivalDate.Month, festivalDate.Day, festivalDate.ToDateTime(TimeOnly.MinValue)));
            activity.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(NotificationText.Get(c, "Action_WriteLetter"), WriteLetterValue)] };
            return activity;
        });

    /// <summary>The monthly reminder to whoever helps the child write back (the guardian, or the paired teacher).</summary>
    public static FamilyNotification MonthlyLetterToHelper(string period, IReadOnlyList<string> children, string? festival) =>
        Reminder(period, c => festival is null
            ? NotificationText.Get(c, "MonthlyLetter_Helper", List(c, children))
            : NotificationText.Get(c, "MonthlyLetter_Helper_Festival", List(c, children), FestivalName(c, festival)));

    /// <summary>A booked call home is near: the parent is reminded (at the booked hour even in quiet hours).</summary>
    public static FamilyNotification CallReminderToParent(int bookingId, string childName, string at) => new(
        CallReminderKey(bookingId), c => NotificationText.Message(c, "CallHome_Reminder_Parent", childName, at));

    /// <summary>A booked call home is near: the guardian is asked to have the child there.</summary>
    public static FamilyNotification CallReminderToGuardian(int bookingId, string childName, string at) =>
        Reminder(CallReminderKey(bookingId), c => NotificationText.Get(c, "CallHome_Reminder_Guardian", childName, at));

    private static string CallReminderKey(int bookingId) => $"booking{bookingId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The weekly nudge to call the children, on the parent's own day.</summary>
    public static FamilyNotification WeeklyCallPrompt(string period, IReadOnlyList<string> children) =>
        Reminder(period, c => NotificationText.Get(c, "CallHome_Weekly", List(c, children)));

    /// <summary>A parent silent for a week or more is nudged, once per child per completed week of silence.</summary>
    public static FamilyNotification ContactNudgeToParent(int childId, string since, int step, string childName, int days) =>
        Reminder($"c{childId}:{since}:{step}", c => NotificationText.Get(c, "Contact_Nudge_Parent", childName, days));

    /// <summary>Absent without leave after the cut-off: the guardian is asked (a reminder), the parents are told.</summary>
    public static FamilyNotification AbsenceToGuardian(string day, int childId, string childName) =>
        Reminder(AbsenceKey(day, childId), c => NotificationText.Get(c, "Absence_Guardian", childName));

    public static FamilyNotification AbsenceToParent(string day, int childId, string childName) => new(
        AbsenceKey(day, childId), c => NotificationText.Message(c, "Absence_Parent", childName, day));

    private static string AbsenceKey(string day, int childId) => $"{day}:c{childId}";

    /// <summary>A reminder: one short sentence, then the reply hint, with the three numbered buttons (1 已完成, 2 稍后, 3 做不到).</summary>
    private static FamilyNotification Reminder(string key, Func<CultureInfo, string> sentence) => new(key, c => ReminderMessage(c, sentence(c))) { ExpectsReply = true };

    public static Activity ReminderMessage(CultureInfo culture, string sentence)
    {
        var activity = MessageFactory.Text($"{sentence}\n{ReminderReplyWords.Hint(culture)}");
        activity.SuggestedActions = new SuggestedActions
        {
            Actions = ReminderReplyWords.All.Select(r => CardAction.ImBack(ReminderReplyWords.Title(culture, r), ReminderReplyWords.Value(r))).ToList(),
        };
        return activity;
    }

    private static string FestivalName(CultureInfo culture, string festival) => NotificationText.Get(culture, "Festival_" + festival);

    /// <summary>Names as a list in the recipient's language (小明、小红 / Ming, Hong).</summary>
    private static string List(CultureInfo culture, IEnumerable<string> names) => string.Join(NotificationText.Get(culture, "ListSeparator"), names);
}
