namespace LeftBehind.Dialogs.Care;

/// <summary>What a head teacher looks at on a 家访, in the order asked (住房安全, 监护照顾, 学习条件, 孩子情绪).</summary>
internal enum VisitAspect
{
    HomeSafety,
    GuardianCare,
    StudyPlace,
    Mood,
}
