namespace LeftBehind.Dialogs.Care;

/// <summary>The five aspects of the weekly 谈心, in the order the teacher is asked (学习, 生活, 情绪, 交友, 身体).</summary>
internal enum TalkAspect
{
    Study,
    Life,
    Mood,
    Friends,
    Health,
}
