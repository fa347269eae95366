namespace LeftBehind.Archive.Services;

/// <summary>What a term report needs to count the 五个一: today and now in the school's zone, and which days are school days.</summary>
public sealed record FiveOnesWindow(DateOnly Today, DateTimeOffset Now, TimeZoneInfo Zone, Func<DateOnly, bool> SchoolDay);
