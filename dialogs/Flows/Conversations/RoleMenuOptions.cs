namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// Begin options of a role's menu dialog (GuardianMenuDialog, TeacherMenuDialog, and the parent's): when
/// <paramref name="Intent"/> is one of <see cref="Understanding.Intents"/>, the menu jumps straight into that flow
/// instead of showing itself; null shows the menu.
/// </summary>
internal sealed record RoleMenuOptions(string? Intent)
{
    /// <summary>The request's own words when they are only part of the message (the first of two requests); null: the message.</summary>
    public string? Text { get; init; }

    /// <summary>A second request in the same message, offered once the first is done (the parent's menu).</summary>
    public RoleMenuOptions? Then { get; init; }

    /// <summary>
    /// The child the person already named (a name typed alone, "小明"; a guardian's "那小红呢"): the menu is shown for
    /// that child and the flow chosen next is about them without asking which.
    /// </summary>
    public Family.ChildChoice? Child { get; init; }

    /// <summary>The parent flow's options when the router already knows them (a follow-up such as "小红呢").</summary>
    public Parent.ParentFlowOptions? Flow { get; init; }
}
