using System.Globalization;

namespace LeftBehind.Scheduler.Jobs;

/// <summary>The period part of outbox keys, always in invariant digits so keys never depend on the server culture.</summary>
internal static class Period
{
    public static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string IsoWeek(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):D2}");
    }

    /// <summary>Local midnight at the start of <paramref name="day"/> in <paramref name="zone"/>, as UTC.</summary>
    public static DateTimeOffset StartUtc(DateOnly day, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone), TimeSpan.Zero);
}
