using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>A recorded 家访 with what was found.</summary>
public sealed record HomeVisitInfo(int Id, int ChildId, string ChildName, DateOnly On, TalkMark HomeSafety, TalkMark GuardianCare, TalkMark StudyPlace, TalkMark Mood, string? Note);
