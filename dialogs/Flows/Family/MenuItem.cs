namespace LeftBehind.Dialogs.Family;

/// <summary>
/// One numbered entry of a role menu: its title (a resource name), the flow it starts, and the intents that jump to it.
/// <see cref="WordsName"/> names a "a|b|c" resource of words people use for it besides the title ("应急" for 紧急情况):
/// typed on their own they are that item, never "没有这个选项".
/// </summary>
internal sealed record MenuItem(string TitleName, string DialogId, object? Options, params string[] Intents)
{
    public string? WordsName { get; init; }
}
