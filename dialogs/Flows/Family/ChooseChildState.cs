namespace LeftBehind.Dialogs.Emergency;

/// <summary>The children offered, in the order shown, so the picked option maps back to an id.</summary>
internal sealed record ChooseChildState
{
    public IReadOnlyList<int> ChildIds { get; init; } = [];
}
