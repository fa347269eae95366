namespace LeftBehind.Dialogs.Dialogs;

/// <summary>The state of a waterfall that keeps nothing between steps.</summary>
public sealed record NoStepState;
