namespace LeftBehind.Dialogs.Parent;

/// <summary>One of the parent's own children, as the flows carry it between steps.</summary>
internal sealed record ChildChoice(int Id, string Name);
