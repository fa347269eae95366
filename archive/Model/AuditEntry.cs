namespace LeftBehind.Archive.Model;

/// <summary>Who read (or was refused) what about which child.</summary>
internal sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public ActorRole ActorRole { get; set; }
    public int? ActorPersonId { get; set; }
    /// <summary>The staff account behind a console read (null for chat and scheduler reads).</summary>
    public int? ActorStaffId { get; set; }
    public required string Action { get; set; }
    public int? ChildId { get; set; }
    public bool Allowed { get; set; }
}
