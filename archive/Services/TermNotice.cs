namespace LeftBehind.Archive.Services;

/// <summary>
/// One child's 学期通报: the term's attendance, letters each way, calls held, the teacher's latest words to the family,
/// and the 谈心 weeks behind the wellbeing summary — counts only; the marks themselves never leave the school.
/// </summary>
public sealed record TermNotice(
    int ChildId,
    string ChildName,
    string ClassName,
    int DaysPresent,
    int DaysLate,
    int DaysLeave,
    int DaysAbsent,
    int LettersToChild,
    int LettersFromChild,
    int CallsHeld,
    string? TeacherName,
    string? TeacherWords,
    int TalkWeeks,
    int WeeksMostlyGood,
    int WeeksNeedingCare,
    bool HomeVisited)
{
    /// <summary>How the term went for the child, for the family: no record, mostly good, steady, or cared for through hard weeks.</summary>
    public WellbeingSummary Wellbeing =>
        TalkWeeks == 0 ? WellbeingSummary.NotRecorded
        : WeeksNeedingCare > 0 ? WellbeingSummary.CaredFor
        : WeeksMostlyGood * 2 >= TalkWeeks ? WellbeingSummary.MostlyGood
        : WellbeingSummary.Steady;
}
