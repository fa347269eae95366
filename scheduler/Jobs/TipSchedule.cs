namespace LeftBehind.Scheduler.Jobs;

/// <summary>When a person's tip is due: on the configured weekdays, from the configured local time, in their own zone.</summary>
internal static class TipSchedule
{
    /// <summary>
    /// The period key (<c>2026-W41-2</c>: ISO week and weekday) when <paramref name="nowUtc"/> falls in [time, time +
    /// window) of a tip day, else null. The days are at most three per ISO week, so a week never holds more keys.
    /// </summary>
    public static string? DuePeriod(DateTimeOffset nowUtc, TimeZoneInfo zone, TipsOptions options)
    {
        var local = TimeZoneInfo.ConvertTime(nowUtc, zone).DateTime;
        var today = DateOnly.FromDateTime(local);
        var due = today.ToDateTime(TimeOnly.FromTimeSpan(options.Time));
        if (!options.EffectiveDays.Contains(today.DayOfWeek) || local < due || local >= due + options.Window) return null;
        return $"{Period.IsoWeek(today)}-{(int)today.DayOfWeek}";
    }
}
