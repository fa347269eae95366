namespace LeftBehind.Archive.Model;

/// <summary>One aspect of a child's week in the 谈心: 好, 一般, 需要关心.</summary>
public enum TalkMark
{
    Good,
    Fair,
    NeedsCare,
}
