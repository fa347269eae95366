namespace LeftBehind.Dialogs.Emergency;

/// <summary>Asks <paramref name="Question"/> unless <paramref name="ChildId"/> is given and visible, or there is only one child.</summary>
internal sealed record ChooseChildOptions(string Question, int? ChildId = null);
