namespace LeftBehind.Archive.Terms;

/// <summary>One term of the 校历 (<c>Archive:Terms</c>): first and last school day, and the holidays inside it.</summary>
public sealed class SchoolTerm
{
    public string Name { get; set; } = "";

    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }

    public List<TermHoliday> Holidays { get; set; } = [];

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>A school day of the term: inside it, not in a holiday, not a weekend.</summary>
    public bool InSession(DateOnly day) =>
        Contains(day) && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays.Any(h => day >= h.From && day <= h.To);

    /// <summary>The week of the term <paramref name="day"/> falls in, 1 for the week of <see cref="Start"/> (weeks start on Monday).</summary>
    public int WeekOf(DateOnly day) => ((Monday(day).DayNumber - Monday(Start).DayNumber) / 7) + 1;

    /// <summary>Weeks with at least one school day: what a weekly practice (谈心) is expected in.</summary>
    public int SchoolWeeks(DateOnly until)
    {
        var last = until < End ? until : End;
        var weeks = 0;
        for (var monday = Monday(Start); monday <= last; monday = monday.AddDays(7))
            if (Enumerable.Range(0, 5).Select(monday.AddDays).Any(d => d <= last && InSession(d))) weeks++;
        return weeks;
    }

    public static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
