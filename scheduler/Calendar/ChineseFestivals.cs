using System.Globalization;

namespace LeftBehind.Scheduler.Calendar;

/// <summary>
/// Festival dates computed from the Chinese lunisolar calendar (never a typed table, so any year works).
/// Lunar month numbers here are the ordinary ones; the leap month, when a year has one, is skipped.
/// </summary>
public static class ChineseFestivals
{
    private static readonly ChineseLunisolarCalendar Lunar = new();

    public static IReadOnlyList<FestivalDate> For(int gregorianYear) =>
    [
        new(Festival.SpringFestival, FromLunar(gregorianYear, 1, 1)),
        new(Festival.ChildrensDay, new DateOnly(gregorianYear, 6, 1)),
        new(Festival.DragonBoat, FromLunar(gregorianYear, 5, 5)),
        new(Festival.MidAutumn, FromLunar(gregorianYear, 8, 15)),
    ];

    /// <summary>The first festival on or after <paramref name="from"/> and within <paramref name="days"/> days.</summary>
    public static FestivalDate? Upcoming(DateOnly from, int days)
    {
        var until = from.AddDays(days);
        return For(from.Year).Concat(For(from.Year + 1))
            .Where(f => f.Date >= from && f.Date <= until)
            .OrderBy(f => f.Date)
            .FirstOrDefault();
    }

    /// <summary>The Gregorian date of a lunar month/day in the lunar year that begins in <paramref name="gregorianYear"/>.</summary>
    public static DateOnly FromLunar(int gregorianYear, int lunarMonth, int lunarDay)
    {
        var leap = Lunar.GetLeapMonth(gregorianYear);
        // GetLeapMonth returns the index of the leap month itself (e.g. 7 = the month after the 6th), so
        // ordinary months from that index on sit one position later.
        var index = leap > 0 && lunarMonth >= leap ? lunarMonth + 1 : lunarMonth;
        return DateOnly.FromDateTime(Lunar.ToDateTime(gregorianYear, index, lunarDay, 0, 0, 0, 0));
    }
}
