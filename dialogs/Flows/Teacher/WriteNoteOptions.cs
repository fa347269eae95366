using LeftBehind.Archive.Model;

namespace LeftBehind.Dialogs.Teacher;

/// <summary>
/// An ordinary note, a monthly talk (谈心) or a home visit (家访). <paramref name="Visibility"/>: who may read it, already
/// said by the request ("给家长留言": the parents), so not asked; <paramref name="Note"/>: the note already written in the
/// request ("家长找我说小明腿摔破了"), kept rather than asked for.
/// </summary>
internal sealed record WriteNoteOptions(NoteKind Kind, NoteVisibility? Visibility = null, string? Note = null);
