namespace LeftBehind.Archive.Model;

/// <summary>One child, one school day; recording again replaces the status.</summary>
internal sealed class AttendanceRecord
{
    public long Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public DateOnly Date { get; set; }
    public AttendanceStatus Status { get; set; }
    public string? Reason { get; set; }
    /// <summary>The teacher or guardian who recorded it; null for an admin import.</summary>
    public int? RecordedById { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
