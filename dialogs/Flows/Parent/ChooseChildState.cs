namespace LeftBehind.Dialogs.Parent;

internal sealed record ChooseChildState
{
    public List<ChildChoice> Children { get; set; } = [];
}
