namespace LeftBehind.Archive.Staff;

/// <summary>
/// One school's figures over a period (the dashboard's week, the report's term). Names are filled only for staff of
/// that school; a county viewer gets the counts alone.
/// </summary>
public sealed record SchoolFigures(
    string School,
    int Children,
    int Reachable,
    int InContact,
    int NoContact7,
    int NoContact14,
    int QuestionsWaiting,
    int QuestionsAnswered,
    int QuestionsAnsweredInDay,
    int OpenEmergencies,
    int LettersToChild,
    int LettersFromChild,
    int CallsBooked,
    int CallsHeld,
    IReadOnlyList<string> NoContact7Names,
    IReadOnlyList<string> NoContact14Names);
