namespace LeftBehind.Dialogs.Parent;

internal sealed record ParentMenuState
{
    /// <summary>The message the bot did not understand, kept while the parent decides whether to pass it on.</summary>
    public string? Unclear { get; init; }

    /// <summary>The first step went straight into a flow; when it ends, so does the menu.</summary>
    public bool InFlow { get; init; }
}
