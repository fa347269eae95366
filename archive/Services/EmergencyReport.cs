namespace LeftBehind.Archive.Services;

/// <summary>An emergency for the school's admin (<c>GET /admin/emergencies</c>): its state, recipients and timeline.</summary>
public sealed record EmergencyReport(
    int Id,
    int ChildId,
    string ChildName,
    string Status,
    string Text,
    DateTimeOffset RaisedAt,
    int? RaisedById,
    string? RaisedBy,
    DateTimeOffset? ResolvedAt,
    int? ResolvedById,
    string? ResolvedBy,
    string? ResolutionNote,
    IReadOnlyList<EmergencyRecipientInfo> Recipients,
    IReadOnlyList<EmergencyTimelineEntry> Timeline)
{
    public const string Open = "open";
    public const string Acknowledged = "acknowledged";
    public const string Resolved = "resolved";
}
