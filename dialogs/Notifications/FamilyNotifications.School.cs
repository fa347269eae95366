using System.Globalization;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Notifications;

/// <summary>The scheduler's notices to the school's staff (keys: the period under the job's name).</summary>
public static partial class FamilyNotifications
{
    /// <summary>A longer silence: the paired (or head) teacher is asked to look in.</summary>
    public static FamilyNotification ContactToTeacher(int childId, int parentId, string since, int step, string childName, int days) => new(
        $"c{childId}:p{parentId}:{since}:{step}", c => NotificationText.Message(c, "Contact_Teacher", childName, days));

    /// <summary>A parent's question waits: the teacher is reminded after hours, the head teacher later; an urgent one at once, to both.</summary>
    public static FamilyNotification QuestionOverdue(int questionId, QuestionEscalation step, int amount) => new(
        $"q{questionId}:{step.ToString().ToLowerInvariant()}",
        c => NotificationText.Message(c, "Escalation_" + step switch { QuestionEscalation.Remind => "Teacher", QuestionEscalation.Head => "HeadTeacher", _ => "Urgent" }, amount),
        Urgent: step == QuestionEscalation.Urgent);

    /// <summary>The head teacher's daily list of children without an active guardian (overdue ones marked).</summary>
    public static FamilyNotification NoGuardianToHead(string day, IReadOnlyList<(string ChildName, bool Overdue)> children) => new(
        day,
        c => NotificationText.Message(c, "NoGuardian_Head", children.Count,
            List(c, children.Select(x => x.Overdue ? NotificationText.Get(c, "NoGuardian_Overdue", x.ChildName) : x.ChildName))));

    /// <summary>Past 24 hours without a temporary guardian: the parents are asked again, with the 临时监护人 button.</summary>
    public static FamilyNotification NoGuardianToParent(string day, int childId, string childName) => new(
        $"{day}:c{childId}",
        c =>
        {
            var activity = NotificationText.Message(c, "NoGuardian_Parent", childName);
            var button = NotificationText.Get(c, "NoGuardian_Button");
            activity.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(button, button)] };
            return activity;
        });

    /// <summary>The proxy parent's weekly reminder of the children whose 谈心 is not recorded yet.</summary>
    public static FamilyNotification WeeklyTalkReminder(string weekOf, IReadOnlyList<string> children) => new(
        weekOf, c => NotificationText.Message(c, "Talk_Reminder", children.Count, List(c, children)));

    /// <summary>The children still without a home visit this term (the first few named, then 等).</summary>
    public static FamilyNotification HomeVisitPrompt(string term, int week, int count, IReadOnlyList<string> shown) => new(
        $"{term}:w{week.ToString(CultureInfo.InvariantCulture)}",
        c => NotificationText.Message(c, "HomeVisit_Prompt", count, List(c, shown) + (count > shown.Count ? NotificationText.Get(c, "HomeVisit_More") : string.Empty)));

    /// <summary>
    /// The head teacher is told a family member cannot be reached (no chat, no usable number), or that their messages are
    /// held — because they have not opened a chat yet, or because they unfollowed the WeChat account (<paramref name="unfollowed"/>).
    /// </summary>
    public static FamilyNotification Unreachable(int personId, string day, bool held, string personName, IReadOnlyList<string> children, bool unfollowed = false) => new(
        $"{personId.ToString(CultureInfo.InvariantCulture)}:{day}",
        c => NotificationText.Message(c, !held ? "Unreachable_Notice" : unfollowed ? "Unreachable_Unfollowed" : "Unreachable_Held", personName, List(c, children)));

    /// <summary>
    /// The head teacher is told that the SMS provider refuses a family member's number for the rest of the day (its
    /// per-number daily limit): what was written for them goes tomorrow, so they should be phoned now.
    /// </summary>
    public static FamilyNotification SmsFullToday(int personId, string day, string personName, IReadOnlyList<string> children) => new(
        $"{personId.ToString(CultureInfo.InvariantCulture)}:{day}",
        c => NotificationText.Message(c, "SmsFull_Notice", personName, List(c, children)));

    /// <summary>The head teacher is told a family member has not consented yet, so routine notices wait for them.</summary>
    public static FamilyNotification AwaitingConsent(int personId, string week, string personName, IReadOnlyList<string> children) => new(
        $"{personId.ToString(CultureInfo.InvariantCulture)}:{week}",
        c => NotificationText.Message(c, "AwaitingConsent_Notice", personName, List(c, children)));
}
