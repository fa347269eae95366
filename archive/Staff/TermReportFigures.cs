using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Staff;

/// <summary>
/// One school's (or the total's) term figures: children by 留守类型 and 监护人关系, 帮扶 pairs, parent–child contacts,
/// letters, calls, questions and their one-day SLA, emergencies and the median minutes to the first response and to
/// resolution (null when there was none).
/// </summary>
public sealed record TermReportFigures(
    string School,
    int Children,
    IReadOnlyDictionary<LeftBehindType, int> ByLeftBehindType,
    IReadOnlyDictionary<GuardianRelation, int> ByGuardianRelation,
    int PairedChildren,
    int PairedTeachers,
    int Contacts,
    int FamiliesInContact,
    int LettersToChild,
    int LettersFromChild,
    int CallsBooked,
    int CallsHeld,
    int QuestionsAsked,
    int QuestionsAnswered,
    int QuestionsAnsweredInDay,
    int QuestionsWaiting,
    int EmergenciesRaised,
    int EmergenciesResolved,
    int? MedianMinutesToResponse,
    int? MedianMinutesToResolve);
