namespace LeftBehind.Archive.Model;

/// <summary>An ordinary note, the monthly talk (谈心) or a home visit (家访).</summary>
public enum NoteKind
{
    Note,
    MonthlyTalk,
    HomeVisit,
}
