using LeftBehind.Archive.Model;

namespace LeftBehind.Dialogs.Teacher;

/// <summary>An ordinary note, a monthly talk (谈心) or a home visit (家访).</summary>
internal sealed record WriteNoteOptions(NoteKind Kind);
