namespace LeftBehind.Archive.Model;

/// <summary>
/// 每周谈心: the paired teacher's record of a child's week (学习, 生活, 情绪, 交友, 身体) and one sentence. One per child
/// and week; recording the week again replaces it. Parents get a warm line written from it unless held back.
/// </summary>
internal sealed class WeeklyTalk
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public int TeacherId { get; set; }
    /// <summary>The Monday of the school week, in the school's zone.</summary>
    public DateOnly WeekOf { get; set; }
    public TalkMark Study { get; set; }
    public TalkMark Life { get; set; }
    public TalkMark Mood { get; set; }
    public TalkMark Friends { get; set; }
    public TalkMark Health { get; set; }
    public string? Note { get; set; }
    /// <summary>The teacher kept this week's line from the parents.</summary>
    public bool HeldBack { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
