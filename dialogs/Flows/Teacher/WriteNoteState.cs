using LeftBehind.Archive.Model;

namespace LeftBehind.Dialogs.Teacher;

internal sealed record WriteNoteState
{
    public NoteKind Kind { get; init; }
    public int? ChildId { get; init; }
    public string? ChildName { get; init; }

    /// <summary>The message that began the flow ("写记录"): an answer is judged only when typed after it.</summary>
    public string? Opening { get; init; }
    public NoteCategory? Category { get; init; }
    public NoteVisibility? Visibility { get; init; }

    /// <summary>The note itself, when the teacher wrote it before she was asked for it.</summary>
    public string? Text { get; init; }
}
