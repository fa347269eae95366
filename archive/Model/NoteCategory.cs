namespace LeftBehind.Archive.Model;

/// <summary>学习, 行为, 情绪, 健康, 安全.</summary>
public enum NoteCategory
{
    Study,
    Behaviour,
    Emotion,
    Health,
    Safety,
}
