namespace LeftBehind.Dialogs.Recognizers;

/// <summary>
/// A resolved date or time in the user's zone. <see cref="Value"/> is the point to use (a range's start);
/// <see cref="Start"/>/<see cref="End"/> bound days and ranges ("明天下午", "下个月"; the end is exclusive);
/// <see cref="Timex"/> is the TIMEX3 expression. <see cref="Duration"/> is set for durations ("三天"), <see cref="Timex"/>
/// alone describes a repeating time ("每周日", Kind Set); <see cref="Lunar"/> is the lunar date as said ("2026-12-30")
/// when the user named a lunar day.
/// </summary>
public sealed record DateTimeResolution(
    DateTimeOffset Value,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    string Timex,
    bool HasTime,
    DateTimeResolutionKind Kind = DateTimeResolutionKind.Date,
    TimeSpan? Duration = null,
    string? Lunar = null)
{
    /// <summary>The words that were read, as the recogniser saw them ("明天下午", "29日"): a later answer that adds the
    /// hour is read together with them.</summary>
    public string? Said { get; init; }
}
