using System.Globalization;

namespace LeftBehind.Dialogs.Recognizers;

/// <summary>
/// Lunar (农历) month and day to a Gregorian date with <see cref="ChineseLunisolarCalendar"/>, which knows each year's
/// leap month and month lengths (1901–2100). A lunar year is numbered by the Gregorian year it starts in.
/// </summary>
internal static class LunarDates
{
    private static readonly ChineseLunisolarCalendar Calendar = new();

    /// <summary>The lunar year that <paramref name="date"/> falls in.</summary>
    public static int LunarYearOf(DateOnly date)
    {
        var d = date.ToDateTime(TimeOnly.MinValue);
        return d < Calendar.MinSupportedDateTime || d > Calendar.MaxSupportedDateTime ? date.Year : Calendar.GetYear(d);
    }

    /// <summary>Day <paramref name="day"/> of the (non-leap) lunar month <paramref name="month"/>; 0 for the month's last day (大年三十 in a 29-day 腊月).</summary>
    public static DateOnly? ToGregorian(int lunarYear, int month, int day)
    {
        if (lunarYear < 1901 || lunarYear > 2100 || month is < 1 or > 12 || day is < 0 or > 30) return null;
        var leap = Calendar.GetLeapMonth(lunarYear);
        var index = leap > 0 && month >= leap ? month + 1 : month;
        var days = Calendar.GetDaysInMonth(lunarYear, index);
        if (day == 0) day = days;
        if (day > days) return null;
        try
        {
            return DateOnly.FromDateTime(Calendar.ToDateTime(lunarYear, index, day, 0, 0, 0, 0));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
