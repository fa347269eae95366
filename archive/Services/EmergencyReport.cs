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

    /// <summary>The kind chosen when it was raised (<see cref="Text"/> is the raiser's words); null on rows from before it was kept.</summary>
    public EmergencyKind? Kind { get; init; }
}
