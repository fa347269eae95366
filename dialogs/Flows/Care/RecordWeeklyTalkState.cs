using LeftBehind.Archive.Model;
using LeftBehind.Dialogs.Family;

namespace LeftBehind.Dialogs.Care;

internal sealed record RecordWeeklyTalkState
{
    public ChildChoice? Child { get; init; }

    /// <summary>The message that began the flow ("记谈心"): an answer is judged only when typed after it.</summary>
    public string? Opening { get; init; }

    /// <summary>The marks given so far, in <see cref="TalkAspect"/> order.</summary>
    public IReadOnlyList<TalkMark> Marks { get; init; } = [];

    /// <summary>A mark was asked: a step reached with no answer after it means the question gave up.</summary>
    public bool MarkAsked { get; init; }

    public string? Note { get; init; }
    public bool NoteWorrying { get; init; }
}
