namespace LeftBehind.Dialogs.Family;

/// <summary>One numbered entry of a role menu: its title (a resource name), the flow it starts, and the intents that jump to it.</summary>
internal sealed record MenuItem(string TitleName, string DialogId, object? Options, params string[] Intents);
