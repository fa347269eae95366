namespace LeftBehind.Dialogs.Family;

/// <summary>The child a person chose, as the flows carry it between steps.</summary>
internal sealed record ChildChoice(int Id, string Name);
