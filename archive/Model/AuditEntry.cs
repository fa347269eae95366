namespace LeftBehind.Archive.Model;

/// <summary>Who read (or was refused) what about which child.</summary>
internal sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public ActorRole ActorRole { get; set; }
    public int? ActorPersonId { get; set; }
    public required string Action { get; set; }
    public int? ChildId { get; set; }
    public bool Allowed { get; set; }
}
