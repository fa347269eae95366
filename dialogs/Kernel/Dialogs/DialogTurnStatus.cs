namespace LeftBehind.Dialogs.Dialogs;

public enum DialogTurnStatus
{
    /// <summary>The stack is empty: nothing was running.</summary>
    Empty,
    /// <summary>The active dialog waits for the user's next message.</summary>
    Waiting,
    /// <summary>The dialog ended with a result.</summary>
    Complete,
    /// <summary>The dialog was cancelled.</summary>
    Cancelled,
}
