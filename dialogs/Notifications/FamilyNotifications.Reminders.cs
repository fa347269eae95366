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

    /// <summary>A longer silence: the paired (or head) teacher is asked to look in.</summary>
    public static FamilyNotification ContactToTeacher(int childId, int parentId, string since, int step, string childName, int days) => new(
        $"c{childId}:p{parentId}:{since}:{step}", c => NotificationText.Message(c, "Contact_Teacher", childName, days));

    /// <summary>Absent without leave after the cut-off: the guardian is asked (a reminder), the parents are told.</summary>
    public static FamilyNotification AbsenceToGuardian(string day, int childId, string childName) =>
        Reminder(AbsenceKey(day, childId), c => NotificationText.Get(c, "Absence_Guardian", childName));

    public static FamilyNotification AbsenceToParent(string day, int childId, string childName) => new(
        AbsenceKey(day, childId), c => NotificationText.Message(c, "Absence_Parent", childName, day));

    private static string AbsenceKey(string day, int childId) => $"{day}:c{childId}";

    /// <summary>A parent's question waits: the teacher is reminded after hours, the head teacher later; an urgent one at once, to both.</summary>
    public static FamilyNotification QuestionOverdue(int questionId, QuestionEscalation step, int amount) => new(
        $"q{questionId}:{step.ToString().ToLowerInvariant()}",
        c => NotificationText.Message(c, "Escalation_" + step switch { QuestionEscalation.Remind => "Teacher", QuestionEscalation.Head => "HeadTeacher", _ => "Urgent" }, amount),
        Urgent: step == QuestionEscalation.Urgent);

    /// <summary>Last month's digest for a parent: one line per child, and how often the guardian answered reminders.</summary>
    public static FamilyNotification MonthlyDigest(string period, int month, IReadOnlyList<MonthlyDigestChild> children) => new(
        period,
        c => MessageFactory.Text(string.Join('\n', children.SelectMany(d =>
        {
            var lines = new List<string> { NotificationText.Get(c, "Digest_Parent", d.ChildName, MonthLabel(c, month), d.Present, d.Absent, d.Late, d.Notes, d.Letters, d.Calls) };
            if (d.GuardianReplies > 0) lines.Add(NotificationText.Get(c, "Digest_Replies", d.GuardianReplies, d.GuardianRepliesDone));
            return lines;
        }))));

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
    /// A 学期通报. Parents get every part; a guardian (often elderly, sometimes listening to a voice call) gets one short
    /// sentence: attendance, and the teacher's words or the wellbeing line.
    /// </summary>
    public static FamilyNotification TermNotice(string term, TermNotice n, bool shortForm) => new(
        $"{term}:c{n.ChildId}", c => MessageFactory.Text(TermNoticeText(c, n, shortForm)));

    public static string TermNoticeText(CultureInfo culture, TermNotice n, bool shortForm)
    {
        var attendance = NotificationText.Get(culture, "Notice_Attendance", n.DaysPresent + n.DaysLate, n.DaysLeave, n.DaysAbsent);
        var wellbeing = NotificationText.Get(culture, "Notice_Wellbeing_" + n.Wellbeing, n.ChildName);
        if (shortForm) return NotificationText.Get(culture, "Notice_Short", n.ChildName, attendance, wellbeing);
        var parts = new List<string>
        {
            NotificationText.Get(culture, "Notice_Title", n.ChildName),
            attendance,
            NotificationText.Get(culture, "Notice_Letters", n.LettersToChild, n.LettersFromChild),
            NotificationText.Get(culture, "Notice_Calls", n.CallsHeld),
        };
        if (n.TeacherWords is { } words) parts.Add(NotificationText.Get(culture, "Notice_Words", n.TeacherName ?? "", words));
        parts.Add(wellbeing);
        return string.Join("\n", parts);
    }

    /// <summary>A 座谈会 invitation with 参加 / 不参加 buttons (their titles are what the reply recognizer reads).</summary>
    public static FamilyNotification MeetingInvitation(int meetingId, string childName, string title, DateTimeOffset localAt, string? place) => new(
        $"m{meetingId.ToString(CultureInfo.InvariantCulture)}",
        c =>
        {
            var when = localAt.ToString(NotificationText.Get(c, "Meeting_When"), c);
            var activity = NotificationText.Message(c, "Meeting_Invite", childName, title, when, place ?? NotificationText.Get(c, "Meeting_School"));
            string attend = NotificationText.Get(c, "Meeting_Attend"), decline = NotificationText.Get(c, "Meeting_Decline");
            activity.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(attend, attend), CardAction.ImBack(decline, decline)] };
            return activity;
        });

    /// <summary>
    /// A tip: the series name (家长学校 for guardians, 家长课堂 for parents), the one sentence in the recipient's
    /// language, then how to answer (1 有用, 2 没用, 停), with the two answers as buttons where the channel has them.
    /// </summary>
    public static FamilyNotification Tip(string period, bool guardian, LeftBehind.Archive.Tips.TipInfo tip) => new(
        period,
        c =>
        {
            var activity = NotificationText.Message(c, "Tip_Message", NotificationText.Get(c, guardian ? "Tip_Series_Guardian" : "Tip_Series_Parent"),
                tip.Text(Locales.Normalize(c.Name) ?? Locales.Default), NotificationText.Get(c, "Tip_Hint"));
            activity.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(NotificationText.Get(c, "Tip_Choice_Useful"), "1"), CardAction.ImBack(NotificationText.Get(c, "Tip_Choice_NotUseful"), "2")] };
            return activity;
        });

    /// <summary>The head teacher is told a family member cannot be reached (no chat, no usable number), or that their messages are held.</summary>
    public static FamilyNotification Unreachable(int personId, string day, bool held, string personName, IReadOnlyList<string> children) => new(
        $"{personId.ToString(CultureInfo.InvariantCulture)}:{day}",
        c => NotificationText.Message(c, held ? "Unreachable_Held" : "Unreachable_Notice", personName, List(c, children)));

    /// <summary>The head teacher is told a family member has not consented yet, so routine notices wait for them.</summary>
    public static FamilyNotification AwaitingConsent(int personId, string week, string personName, IReadOnlyList<string> children) => new(
        $"{personId.ToString(CultureInfo.InvariantCulture)}:{week}",
        c => NotificationText.Message(c, "AwaitingConsent_Notice", personName, List(c, children)));

    /// <summary>What the voice call says to a recipient who has not confirmed an emergency.</summary>
    public static FamilyNotification EmergencyVoiceCall(string period, EmergencyInfo emergency) => new(
        period, c => NotificationText.Message(c, "Voice_Emergency", emergency.ChildName, emergency.Text), Urgent: true);

    /// <summary>Still nobody confirmed after the calls: the head teacher is called with the names of those silent.</summary>
    public static FamilyNotification EmergencyVoiceToHeadTeacher(string period, EmergencyInfo emergency, IReadOnlyList<string> silent) => new(
        period, c => NotificationText.Message(c, "Voice_EmergencyHeadTeacher", emergency.ChildName, List(c, silent)), Urgent: true);

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

    /// <summary>The month as the digest sentence wants it: a number before 月 in Chinese, the name in English.</summary>
    private static string MonthLabel(CultureInfo culture, int month) =>
        culture.TwoLetterISOLanguageName == "en" ? culture.DateTimeFormat.GetMonthName(month) : month.ToString(CultureInfo.InvariantCulture);

    /// <summary>Names as a list in the recipient's language (小明、小红 / Ming, Hong).</summary>
    private static string List(CultureInfo culture, IEnumerable<string> names) => string.Join(NotificationText.Get(culture, "ListSeparator"), names);
}
