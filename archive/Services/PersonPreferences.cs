using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>Quiet hours are local times in <see cref="TimeZone"/>; null means the scheduler's default for the role.</summary>
public sealed record PersonPreferences(
    string Locale,
    bool LowLiteracy,
    TimeOnly? QuietStart,
    TimeOnly? QuietEnd,
    string TimeZone,
    CallHomeFrequency CallHome,
    DayOfWeek? CallHomeDay,
    TimeOnly? CallHomeTime);
