using System.ComponentModel.DataAnnotations;

namespace LeftBehind.Scheduler.Configuration;

/// <summary>
/// <c>Scheduler:Tips</c>: the 家长学校 / 家长课堂 cadence. READY4K found three short, specific texts a week work; never
/// more. Tips go out on fixed weekdays at one local time (each person's own zone), then wait for quiet hours to end.
/// </summary>
public sealed class TipsOptions
{
    /// <summary>Tips a week per person: 3 (Tuesday, Thursday, Saturday), 2 (Tuesday, Saturday) or 1 (Thursday).</summary>
    [Range(1, 3)]
    public int PerWeek { get; set; } = 3;

    /// <summary>Local time of day a tip is due (after school and supper, before the guardian's quiet hours).</summary>
    public TimeSpan Time { get; set; } = new(19, 0, 0);

    /// <summary>A run this long after <see cref="Time"/> still sends that day's tip (a run missed by a restart still counts).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(4);

    /// <summary>The weekdays chosen by the school (at most three, e.g. market days); empty means the ones <see cref="PerWeek"/> implies.</summary>
    public List<DayOfWeek> Days { get; set; } = [];

    public IReadOnlyList<DayOfWeek> EffectiveDays => Days.Count > 0 ? Days.Distinct().ToList() : PerWeek switch
    {
        1 => [DayOfWeek.Thursday],
        2 => [DayOfWeek.Tuesday, DayOfWeek.Saturday],
        _ => [DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday],
    };
}
