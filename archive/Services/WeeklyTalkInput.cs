using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>
/// A week's 谈心 as the teacher gave it. <paramref name="NoteWorrying"/>: the analyzer found the note worrying (an
/// urgent concern or worse), which opens a wellbeing concern whatever the marks.
/// </summary>
public sealed record WeeklyTalkInput(
    DateOnly WeekOf,
    TalkMark Study,
    TalkMark Life,
    TalkMark Mood,
    TalkMark Friends,
    TalkMark Health,
    string? Note,
    bool HeldBack,
    bool NoteWorrying = false);
