namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// Begin options of a role's menu dialog (GuardianMenuDialog, TeacherMenuDialog, and the parent's): when
/// <paramref name="Intent"/> is one of <see cref="Understanding.Intents"/>, the menu jumps straight into that flow
/// instead of showing itself; null shows the menu.
/// </summary>
internal sealed record RoleMenuOptions(string? Intent);
