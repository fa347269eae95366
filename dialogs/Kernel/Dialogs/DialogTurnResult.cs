namespace LeftBehind.Dialogs.Dialogs;

/// <summary>What a dialog operation produced. A null <see cref="Result"/> from a prompt means the user ran out of attempts.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);
