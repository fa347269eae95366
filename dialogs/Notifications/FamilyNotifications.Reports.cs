using System.Globalization;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Notifications;

/// <summary>The scheduler's reports and invitations to families (keys: the period under the job's name).</summary>
public static partial class FamilyNotifications
{
    /// <summary>Last month's digest for a parent: one line per child, and how often the guardian answered reminders.</summary>
    public static FamilyNotification MonthlyDigest(string period, int month, IReadOnlyList<MonthlyDigestChild> children) => new(
        period,
        c => MessageFactory.Text(string.Join('\n', children.SelectMany(d =>
        {
            var lines = new List<string> { NotificationText.Get(c, "Digest_Parent", d.ChildName, MonthLabel(c, month), d.Present, d.Absent, d.Late, d.Notes, d.Letters, d.Calls) };
            if (d.GuardianReplies > 0) lines.Add(NotificationText.Get(c, "Digest_Replies", d.GuardianReplies, d.GuardianRepliesDone));
            return lines;
        }))));

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

    /// <summary>The month as the digest sentence wants it: a number before 月 in Chinese, the name in English.</summary>
    private static string MonthLabel(CultureInfo culture, int month) =>
        culture.TwoLetterISOLanguageName == "en" ? culture.DateTimeFormat.GetMonthName(month) : month.ToString(CultureInfo.InvariantCulture);
}
