namespace LeftBehind.Archive.Services;

/// <summary>The care part of a term report: each teacher's 谈心 coverage and visits, and the concerns raised and closed.</summary>
public sealed record CareReport(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<TeacherCareRow> Teachers,
    int GuardianGapsRaised,
    int GuardianGapsClosed,
    int WellbeingRaised,
    int WellbeingClosed,
    int ChildrenWithoutGuardian)
{
    /// <summary>Each of the 五个一 over the counted months (<see cref="FiveOnesMonths"/>) for all paired children.</summary>
    public IReadOnlyList<FiveOnesCount> FiveOnes { get; init; } = [];

    /// <summary>The months of the term counted for the 五个一 (ended, with school days).</summary>
    public int FiveOnesMonths { get; init; }

    /// <summary>座谈会 of the term for these children: how many, invited, replied 参加, came.</summary>
    public MeetingSums Meetings { get; init; } = new(0, 0, 0, 0);

    /// <summary>All five of 五个一 done over all owed, 0..1; null when nothing was owed yet.</summary>
    public double? FiveOnesCompletion => Teachers.Sum(t => t.FiveOnesExpected) is var owed and > 0 ? (double)Teachers.Sum(t => t.FiveOnesDone) / owed : null;
}
