namespace LeftBehind.Archive.Services;

/// <summary>
/// One paired teacher's term: <paramref name="TalksRecorded"/> weekly 谈心 of <paramref name="TalksExpected"/>
/// (paired children × school weeks), home visits and festivals logged.
/// </summary>
public sealed record TeacherCareRow(int TeacherId, string TeacherName, int PairedChildren, int TalksRecorded, int TalksExpected, int HomeVisits, int Festivals)
{
    /// <summary>谈心 coverage, 0..1; null when none was owed (a head teacher with no paired child may still record one).</summary>
    public double? TalkCoverage => TalksExpected == 0 ? null : Math.Min(1, (double)TalksRecorded / TalksExpected);

    /// <summary>五个一 items done: the four monthly items in each counted month of each paired child, and the festival once.</summary>
    public int FiveOnesDone { get; init; }

    /// <summary>五个一 items owed over the counted months (0 before the term's first month has ended).</summary>
    public int FiveOnesExpected { get; init; }

    /// <summary>五个一 completion, 0..1; null when nothing was owed yet.</summary>
    public double? FiveOnesCompletion => FiveOnesExpected == 0 ? null : (double)FiveOnesDone / FiveOnesExpected;
}
