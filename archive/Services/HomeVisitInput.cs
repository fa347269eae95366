using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>A head teacher's 家访: the day, what was found (住房安全, 监护照顾, 学习条件, 孩子情绪) and a sentence.</summary>
public sealed record HomeVisitInput(DateOnly On, TalkMark HomeSafety, TalkMark GuardianCare, TalkMark StudyPlace, TalkMark Mood, string? Note);
