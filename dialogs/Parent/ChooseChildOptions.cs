namespace LeftBehind.Dialogs.Parent;

/// <summary>
/// <paramref name="Text"/> may name the child ("小红这周上学了吗"); <paramref name="ChildId"/> skips the question;
/// <paramref name="AllowAll"/> lets "都/两个都/全部" pick every child (the dialog then ends with a list of them).
/// </summary>
public sealed record ChooseChildOptions(string? Text, int? ChildId, bool AllowAll = false);
