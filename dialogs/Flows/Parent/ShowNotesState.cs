using LeftBehind.Archive.Model;

namespace LeftBehind.Dialogs.Parent;

internal sealed record ShowNotesState
{
    public ChildChoice? Child { get; set; }
    public string? Text { get; set; }
    public NoteCategory? Category { get; set; }
    public bool AllCategories { get; set; }
    public int Page { get; set; }
}
