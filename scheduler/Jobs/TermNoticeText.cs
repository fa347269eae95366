namespace LeftBehind.Scheduler.Jobs;

/// <summary>
/// The words of a 学期通报. Parents get every part; a guardian (often elderly, sometimes listening to a voice call) gets
/// one short sentence: attendance, and the teacher's words or the wellbeing line.
/// </summary>
internal static class TermNoticeText
{
    public static string Compose(string locale, TermNotice n, bool shortForm)
    {
        var attendance = MessageCatalog.Get("Notice_Attendance", locale, n.DaysPresent + n.DaysLate, n.DaysLeave, n.DaysAbsent);
        var wellbeing = MessageCatalog.Get("Notice_Wellbeing_" + n.Wellbeing, locale, n.ChildName);
        if (shortForm) return MessageCatalog.Get("Notice_Short", locale, n.ChildName, attendance, wellbeing);
        var parts = new List<string>
        {
            MessageCatalog.Get("Notice_Title", locale, n.ChildName),
            attendance,
            MessageCatalog.Get("Notice_Letters", locale, n.LettersToChild, n.LettersFromChild),
            MessageCatalog.Get("Notice_Calls", locale, n.CallsHeld),
        };
        if (n.TeacherWords is { } words) parts.Add(MessageCatalog.Get("Notice_Words", locale, n.TeacherName ?? "", words));
        parts.Add(wellbeing);
        return string.Join("\n", parts);
    }
}
