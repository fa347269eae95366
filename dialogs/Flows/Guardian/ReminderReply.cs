namespace LeftBehind.Dialogs.Guardian;

/// <summary>A guardian's answer to a reminder (issue 6 §5): done, later, or can't.</summary>
public enum ReminderReply
{
    Done,
    Later,
    Cannot,
}
