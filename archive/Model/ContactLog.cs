namespace LeftBehind.Archive.Model;

/// <summary>A recorded contact between a parent and the child: what the weekly-contact check reads.</summary>
internal sealed class ContactLog
{
    public long Id { get; set; }
    public int ChildId { get; set; }
    public int ParentId { get; set; }
    public ContactKind Kind { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>The booking or letter this contact came from, if any.</summary>
    public int? SourceId { get; set; }
}
