namespace LeftBehind.Archive.Model;

/// <summary>
/// 委托照护: the person the parents entrusted with the child, with the day they told the school and how (Minors
/// Protection Law Art. 23). The newest one not ended is the child's active entrusted guardian.
/// </summary>
internal sealed class GuardianEntrustment
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public required string Name { get; set; }
    public string? Phone { get; set; }
    public string? Relation { get; set; }
    public DateOnly ToldOn { get; set; }
    public EntrustmentNotice ToldHow { get; set; }
    public int? RecordedById { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
}
