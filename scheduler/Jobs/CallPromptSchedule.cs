
namespace LeftBehind.Scheduler.Jobs;

/// <summary>When a parent's call-home prompt is due, from their frequency, day and time, in their own zone.</summary>
internal static class CallPromptSchedule
{
    /// <summary>
    /// The period key when <paramref name="nowUtc"/> falls in [preferred time, preferred time + window) of this week,
    /// or null. Weeks run Monday to Sunday (ISO).
    /// </summary>
    public static string? DuePeriod(DateTimeOffset nowUtc, TimeZoneInfo zone, CallHomeFrequency frequency, DayOfWeek day, TimeOnly time, TimeSpan window)
    {
        if (frequency == CallHomeFrequency.Never) return null;
        var local = TimeZoneInfo.ConvertTime(nowUtc, zone).DateTime;
        var today = DateOnly.FromDateTime(local);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var dueDay = monday.AddDays(((int)day + 6) % 7);
        var dueLocal = dueDay.ToDateTime(time);
        // Near the start of a week the window may still be open from last week's preferred time.
        if (local < dueLocal)
        {
            dueDay = dueDay.AddDays(-7);
            dueLocal = dueDay.ToDateTime(time);
        }

        if (local >= dueLocal + window) return null;
        return frequency switch
        {
            CallHomeFrequency.Weekly => Period.IsoWeek(dueDay),
            CallHomeFrequency.Fortnightly => System.Globalization.ISOWeek.GetWeekOfYear(dueDay.ToDateTime(TimeOnly.MinValue)) % 2 == 0 ? Period.IsoWeek(dueDay) : null,
            CallHomeFrequency.Monthly => dueDay.Day <= 7 ? Period.Month(dueDay) : null,
            _ => null,
        };
    }
}
