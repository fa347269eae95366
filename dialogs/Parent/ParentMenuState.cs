namespace LeftBehind.Dialogs.Parent;

public sealed record ParentMenuState
{
    /// <summary>The message the bot did not understand, kept while the parent decides whether to pass it on.</summary>
    public string? Unclear { get; set; }
}
