namespace LeftBehind.Dialogs.Notifications;

/// <summary>Where a parent's waiting question is in its escalation: the teacher reminded, the head teacher asked, or urgent (both at once).</summary>
public enum QuestionEscalation
{
    Remind,
    Head,
    Urgent,
}
