namespace LeftBehind.Archive.Services;

/// <summary>The deadlines of the care practice.</summary>
public static class CareRules
{
    /// <summary>How long the parents have to name a temporary guardian.</summary>
    public static TimeSpan GuardianDue { get; } = TimeSpan.FromHours(24);

    /// <summary>How long the head teacher and counsellor have to follow up a wellbeing concern.</summary>
    public static TimeSpan FollowUpDue { get; } = TimeSpan.FromDays(3);

    /// <summary>The zone the care practice's months and days are counted in (the schools' default, Beijing time).</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>The Monday of the week <paramref name="day"/> falls in: the key of a weekly 谈心.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
