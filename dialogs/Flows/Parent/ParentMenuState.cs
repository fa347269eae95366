namespace LeftBehind.Dialogs.Parent;

internal sealed record ParentMenuState
{
    /// <summary>The message the bot did not understand, kept while the parent decides whether to pass it on.</summary>
    public string? Unclear { get; init; }

    /// <summary>The first step went straight into a flow; when it ends, so does the menu.</summary>
    public bool InFlow { get; init; }

    /// <summary>The second request of the same message, offered once the first flow is done.</summary>
    public Conversations.RoleMenuOptions? Then { get; init; }

    /// <summary>The first request's words: a child named there is the second request's when it names none.</summary>
    public string? First { get; init; }

    /// <summary>The child the first request's flow was about (picked at 问哪个孩子？ too): the second request's when it names none.</summary>
    public int? FirstChildId { get; init; }

    /// <summary>The child the menu was shown for ("小明" typed alone): the item chosen next is about them.</summary>
    public Family.ChildChoice? Child { get; init; }
}
