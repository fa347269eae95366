namespace LeftBehind.Dialogs.Notifications;

/// <summary>The five aspects of the weekly 谈心, in the order the teacher is asked (学习, 生活, 情绪, 交友, 身体).</summary>
public enum TalkAspect
{
    Study,
    Life,
    Mood,
    Friends,
    Health,
}
