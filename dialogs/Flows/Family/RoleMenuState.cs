namespace LeftBehind.Dialogs.Family;

internal sealed record RoleMenuState
{
    /// <summary>The flow was started straight from the first message (intent or digit), not from the shown menu.</summary>
    public bool FlowStarted { get; init; }

    /// <summary>The child the menu was shown for ("小明" typed alone): the item chosen next is about them.</summary>
    public ChildChoice? Child { get; init; }
}
