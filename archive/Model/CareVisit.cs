namespace LeftBehind.Archive.Model;

/// <summary>A festival a proxy parent spent with the child, or a head teacher's home visit, with what was found.</summary>
internal sealed class CareVisit
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public int TeacherId { get; set; }
    public CareVisitKind Kind { get; set; }
    public DateOnly On { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
