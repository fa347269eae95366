namespace LeftBehind.Dialogs.Parent;

/// <summary>
/// When a parent can expect the teacher's answer: teachers answer after class, by 18:00 on a school day. A question
/// asked before 15:00 on a school day is due that evening, later ones the next school day; weekends wait for Monday.
/// </summary>
internal static class AnswerExpectation
{
    public static DateTime DueLocal(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var day = local.Date;
        if (IsSchoolDay(day) && local.Hour < 15) return day.AddHours(18);
        do day = day.AddDays(1);
        while (!IsSchoolDay(day));
        return day.AddHours(18);
    }

    /// <summary>0 today, 1 tomorrow, 2 a later day (named by weekday).</summary>
    public static int DayKind(DateTime dueLocal, DateTimeOffset now, TimeZoneInfo zone)
    {
        var days = (dueLocal.Date - TimeZoneInfo.ConvertTime(now, zone).DateTime.Date).Days;
        return Math.Min(days, 2);
    }

    private static bool IsSchoolDay(DateTime day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
