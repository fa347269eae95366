using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

public sealed record NoteInfo(int Id, int ChildId, PersonRef? Author, NoteCategory Category, NoteKind Kind, NoteVisibility Visibility, string Text, DateTimeOffset CreatedAt);
