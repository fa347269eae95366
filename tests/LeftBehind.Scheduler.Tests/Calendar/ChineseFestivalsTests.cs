using LeftBehind.Scheduler.Calendar;

namespace LeftBehind.Tests.Scheduler;

public sealed class ChineseFestivalsTests
{
    // The published Gregorian dates (China's official holiday calendar) for 2026–2030.
    [Theory]
    [InlineData(2026, "2026-02-17", "2026-06-19", "2026-09-25")]
    [InlineData(2027, "2027-02-06", "2027-06-09", "2027-09-15")]
    [InlineData(2028, "2028-01-26", "2028-05-28", "2028-10-03")]
    [InlineData(2029, "2029-02-13", "2029-06-16", "2029-09-22")]
    [InlineData(2030, "2030-02-03", "2030-06-05", "2030-09-12")]
    public void Lunar_festivals_fall_on_their_known_gregorian_dates(int year, string spring, string dragonBoat, string midAutumn)
    {
        var dates = ChineseFestivals.For(year).ToDictionary(f => f.Festival, f => f.Date);

        Assert.Equal(DateOnly.Parse(spring), dates[Festival.SpringFestival]);
        Assert.Equal(DateOnly.Parse(dragonBoat), dates[Festival.DragonBoat]);
        Assert.Equal(DateOnly.Parse(midAutumn), dates[Festival.MidAutumn]);
        Assert.Equal(new DateOnly(year, 6, 1), dates[Festival.ChildrensDay]);
    }

    [Fact]
    public void A_leap_month_before_the_festival_does_not_shift_it()
    {
        // 2028 has a leap fifth month (闰五月): Mid-Autumn is late (October 3), Dragon Boat unaffected.
        var dates = ChineseFestivals.For(2028).ToDictionary(f => f.Festival, f => f.Date);
        Assert.Equal(new DateOnly(2028, 10, 3), dates[Festival.MidAutumn]);
        Assert.Equal(new DateOnly(2028, 5, 28), dates[Festival.DragonBoat]);
    }

    [Fact]
    public void The_next_festival_within_the_lookahead_is_chosen()
    {
        Assert.Equal(Festival.SpringFestival, ChineseFestivals.Upcoming(new DateOnly(2026, 2, 1), 31)!.Festival);
        Assert.Equal(Festival.ChildrensDay, ChineseFestivals.Upcoming(new DateOnly(2026, 5, 15), 31)!.Festival);
        Assert.Equal(Festival.DragonBoat, ChineseFestivals.Upcoming(new DateOnly(2026, 6, 2), 31)!.Festival);
        Assert.Null(ChineseFestivals.Upcoming(new DateOnly(2026, 11, 1), 31));
        // Across the year end: the first of December 2027 looks ahead into January 2028's Spring Festival? No: 56 days away.
        Assert.Null(ChineseFestivals.Upcoming(new DateOnly(2027, 12, 1), 31));
        Assert.Equal(new DateOnly(2028, 1, 26), ChineseFestivals.Upcoming(new DateOnly(2028, 1, 1), 31)!.Date);
    }
}
