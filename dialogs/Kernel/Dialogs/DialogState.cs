namespace LeftBehind.Dialogs.Dialogs;

/// <summary>The dialog stack; index 0 is the active dialog, as in Bot Builder.</summary>
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; set; } = [];
}
