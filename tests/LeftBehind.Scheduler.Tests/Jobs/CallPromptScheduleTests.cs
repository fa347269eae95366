using LeftBehind.Archive.Model;
using LeftBehind.Scheduler.Jobs;

namespace LeftBehind.Tests.Scheduler;

public sealed class CallPromptScheduleTests
{
    private static readonly TimeZoneInfo Shanghai = SchedulerHarness.Shanghai;
    private static readonly TimeSpan Window = TimeSpan.FromHours(12);

    [Fact]
    public void A_weekly_prompt_is_due_from_the_preferred_time_for_the_window()
    {
        var sunday1900 = new TimeOnly(19, 0);
        Assert.Null(Due(2026, 11, 22, 18, 55, CallHomeFrequency.Weekly, DayOfWeek.Sunday, sunday1900));
        Assert.Equal("2026-W47", Due(2026, 11, 22, 19, 0, CallHomeFrequency.Weekly, DayOfWeek.Sunday, sunday1900));
        Assert.Equal("2026-W47", Due(2026, 11, 23, 6, 59, CallHomeFrequency.Weekly, DayOfWeek.Sunday, sunday1900));
        Assert.Null(Due(2026, 11, 23, 7, 0, CallHomeFrequency.Weekly, DayOfWeek.Sunday, sunday1900));
    }

    [Fact]
    public void A_night_shift_parents_preferred_monday_morning_is_honoured()
    {
        Assert.Equal("2026-W48", Due(2026, 11, 23, 8, 0, CallHomeFrequency.Weekly, DayOfWeek.Monday, new TimeOnly(7, 30)));
    }

    [Fact]
    public void The_week_spanning_new_year_has_one_iso_week_key()
    {
        // 2026 has 53 ISO weeks: Monday 28 Dec 2026 .. Sunday 3 Jan 2027 is 2026-W53.
        Assert.Equal("2026-W53", Due(2027, 1, 3, 20, 0, CallHomeFrequency.Weekly, DayOfWeek.Sunday, new TimeOnly(19, 0)));
    }

    [Fact]
    public void Fortnightly_prompts_only_in_even_weeks_and_monthly_only_in_the_first_week()
    {
        Assert.Null(Due(2026, 11, 22, 19, 30, CallHomeFrequency.Fortnightly, DayOfWeek.Sunday, new TimeOnly(19, 0))); // W47
        Assert.Equal("2026-W48", Due(2026, 11, 29, 19, 30, CallHomeFrequency.Fortnightly, DayOfWeek.Sunday, new TimeOnly(19, 0)));
        Assert.Null(Due(2026, 11, 29, 19, 30, CallHomeFrequency.Monthly, DayOfWeek.Sunday, new TimeOnly(19, 0)));
        Assert.Equal("2026-12", Due(2026, 12, 6, 19, 30, CallHomeFrequency.Monthly, DayOfWeek.Sunday, new TimeOnly(19, 0)));
        Assert.Null(Due(2026, 12, 6, 19, 30, CallHomeFrequency.Never, DayOfWeek.Sunday, new TimeOnly(19, 0)));
    }

    private static string? Due(int y, int mo, int d, int h, int mi, CallHomeFrequency f, DayOfWeek day, TimeOnly time) =>
        CallPromptSchedule.DuePeriod(SchedulerHarness.ShanghaiTime(y, mo, d, h, mi), Shanghai, f, day, time, Window);
}
