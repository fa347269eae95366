namespace LeftBehind.Dialogs.Dialogs;

/// <summary>The dialog every conversation starts in (the main menu); registered with AddRootDialog.</summary>
public sealed class RootDialog(Dialog dialog)
{
    public Dialog Dialog { get; } = dialog;
}
