namespace LeftBehind.Archive.Model;

internal sealed class TeacherNote
{
    /// <summary>The turn that filed it (<see cref="Services.TurnWrites"/>): a re-run of that turn finds this row instead of filing another.</summary>
    public string? RequestKey { get; set; }

    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public int? AuthorId { get; set; }
    /// <summary>The console account that wrote it: a school admin has no roster person, so <see cref="AuthorId"/> stays null for them.</summary>
    public int? AuthorStaffId { get; set; }
    public NoteCategory Category { get; set; }
    public NoteKind Kind { get; set; }
    public NoteVisibility Visibility { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
