using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

public sealed record NoteInfo(int Id, int ChildId, PersonRef? Author, NoteCategory Category, NoteKind Kind, NoteVisibility Visibility, string Text, DateTimeOffset CreatedAt)
{
    /// <summary>The console account's display name when no roster person wrote it (a school admin's note).</summary>
    public string? StaffAuthor { get; init; }
}
