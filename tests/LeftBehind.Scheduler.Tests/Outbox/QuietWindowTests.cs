using LeftBehind.Scheduler.Recipients;

namespace LeftBehind.Tests.Scheduler;

public sealed class QuietWindowTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Theory]
    [InlineData("21:29", false)]
    [InlineData("21:30", true)]
    [InlineData("23:59", true)]
    [InlineData("00:00", true)]
    [InlineData("07:29", true)]
    [InlineData("07:30", false)]
    [InlineData("12:00", false)]
    public void A_window_across_midnight_holds_the_night_on_both_sides(string local, bool quiet)
    {
        var window = QuietWindow.Parse("21:30-07:30");
        Assert.Equal(quiet, window.Contains(TimeOnly.Parse(local)));
    }

    [Fact]
    public void A_day_sleeper_window_for_a_night_shift_parent_holds_the_day()
    {
        var window = QuietWindow.Parse("09:00-16:00");
        Assert.True(window.Contains(new TimeOnly(12, 0)));
        Assert.False(window.Contains(new TimeOnly(23, 0)));
        Assert.False(window.Contains(new TimeOnly(3, 0)));
    }

    [Fact]
    public void A_message_at_2300_waits_until_0730_the_next_morning()
    {
        var at = Local(2026, 11, 16, 23, 0);
        Assert.Equal(Local(2026, 11, 17, 7, 30), QuietWindow.Parse("21:30-07:30").NextAllowed(at, Shanghai));
    }

    [Fact]
    public void A_message_after_midnight_waits_until_0730_the_same_morning()
    {
        var at = Local(2026, 12, 31, 2, 15);
        Assert.Equal(Local(2026, 12, 31, 7, 30), QuietWindow.Parse("21:30-07:30").NextAllowed(at, Shanghai));
    }

    [Fact]
    public void A_message_at_new_years_eve_night_waits_into_the_new_year()
    {
        var at = Local(2026, 12, 31, 22, 0);
        Assert.Equal(Local(2027, 1, 1, 7, 30), QuietWindow.Parse("21:30-07:30").NextAllowed(at, Shanghai));
    }

    [Fact]
    public void Outside_the_window_a_message_goes_at_once()
    {
        var at = Local(2026, 11, 16, 12, 0);
        Assert.Equal(at, QuietWindow.Parse("21:30-07:30").NextAllowed(at, Shanghai));
    }

    [Fact]
    public void The_window_is_read_in_the_recipients_own_zone()
    {
        // 23:30 in Beijing is 21:30 in Ürümqi (UTC+6): quiet for a Xinjiang guardian only from that minute.
        var urumqi = TimeZoneInfo.FindSystemTimeZoneById("Asia/Urumqi");
        var window = QuietWindow.Parse("21:30-07:30");
        var justBefore = Local(2026, 11, 16, 23, 29);
        Assert.Equal(justBefore, window.NextAllowed(justBefore, urumqi));
        var inside = Local(2026, 11, 16, 23, 30);
        var expected = new DateTimeOffset(2026, 11, 17, 1, 30, 0, TimeSpan.Zero); // 07:30 at UTC+6
        Assert.Equal(expected, window.NextAllowed(inside, urumqi));
    }

    [Fact]
    public void Across_a_daylight_saving_change_the_window_ends_at_local_0730()
    {
        // A parent working abroad in Europe: the night of 28–29 March 2026 loses an hour.
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var at = new DateTimeOffset(2026, 3, 28, 22, 0, 0, TimeSpan.Zero); // 23:00 CET
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 5, 30, 0, TimeSpan.Zero), QuietWindow.Parse("21:30-07:30").NextAllowed(at, berlin)); // 07:30 CEST
    }

    [Theory]
    [InlineData("")]
    [InlineData("21:30")]
    [InlineData("25:00-07:00")]
    [InlineData("9-7")]
    public void Malformed_windows_are_refused(string text) => Assert.False(QuietWindow.TryParse(text, out _));

    [Fact]
    public void Equal_start_and_end_means_no_quiet_hours() => Assert.False(QuietWindow.Parse("00:00-00:00").Contains(new TimeOnly(3, 0)));

    private static DateTimeOffset Local(int y, int mo, int d, int h, int mi) => SchedulerHarness.ShanghaiTime(y, mo, d, h, mi);
}
