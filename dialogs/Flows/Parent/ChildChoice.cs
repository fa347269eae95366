namespace LeftBehind.Dialogs.Parent;

/// <summary>One of the parent's own children, as the flows carry it between steps.</summary>
public sealed record ChildChoice(int Id, string Name);
