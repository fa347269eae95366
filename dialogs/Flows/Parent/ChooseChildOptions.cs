namespace LeftBehind.Dialogs.Parent;

/// <summary><paramref name="Text"/> may name the child ("小红这周上学了吗"); <paramref name="ChildId"/> skips the question.</summary>
internal sealed record ChooseChildOptions(string? Text, int? ChildId);
