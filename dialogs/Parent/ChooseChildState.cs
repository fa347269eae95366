namespace LeftBehind.Dialogs.Parent;

public sealed record ChooseChildState
{
    public List<ChildChoice> Children { get; set; } = [];

    public bool AllowAll { get; set; }
}
