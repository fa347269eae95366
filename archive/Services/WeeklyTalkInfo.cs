using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>One week's 谈心 of a child (the trend is a list of these, newest first).</summary>
public sealed record WeeklyTalkInfo(
    int Id,
    int ChildId,
    string ChildName,
    int TeacherId,
    DateOnly WeekOf,
    TalkMark Study,
    TalkMark Life,
    TalkMark Mood,
    TalkMark Friends,
    TalkMark Health,
    string? Note,
    bool HeldBack,
    DateTimeOffset RecordedAt);
