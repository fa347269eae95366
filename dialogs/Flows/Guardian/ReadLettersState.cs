namespace LeftBehind.Dialogs.Guardian;

/// <summary>The child whose letters are read, the letters (newest first, by id) and which one is shown.</summary>
internal sealed record ReadLettersState
{
    public int? ChildId { get; init; }
    public string? ChildName { get; init; }
    public IReadOnlyList<int> LetterIds { get; init; } = [];
    public int Index { get; init; }
    public bool MarkNewest { get; init; }
}
