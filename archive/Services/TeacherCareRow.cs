namespace LeftBehind.Archive.Services;

/// <summary>
/// One paired teacher's term: <paramref name="TalksRecorded"/> weekly 谈心 of <paramref name="TalksExpected"/>
/// (paired children × school weeks), home visits and festivals logged.
/// </summary>
public sealed record TeacherCareRow(int TeacherId, string TeacherName, int PairedChildren, int TalksRecorded, int TalksExpected, int HomeVisits, int Festivals)
{
    /// <summary>谈心 coverage, 0..1.</summary>
    public double TalkCoverage => TalksExpected == 0 ? 1 : Math.Min(1, (double)TalksRecorded / TalksExpected);
}
