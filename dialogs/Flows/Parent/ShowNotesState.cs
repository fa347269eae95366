using LeftBehind.Archive.Model;
using LeftBehind.Dialogs.Family;

namespace LeftBehind.Dialogs.Parent;

internal sealed record ShowNotesState
{
    public ChildChoice? Child { get; init; }
    public string? Text { get; init; }
    public NoteCategory? Category { get; init; }
    public bool AllCategories { get; init; }
    public int Page { get; init; }
}
