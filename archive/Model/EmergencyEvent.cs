namespace LeftBehind.Archive.Model;

/// <summary>One step in an emergency's life (raised, alerted, acknowledged, a reply, escalated, resolved): its timeline.</summary>
internal sealed class EmergencyEvent
{
    public int Id { get; set; }
    public int EmergencyId { get; set; }
    public Emergency? Emergency { get; set; }
    public DateTimeOffset At { get; set; }
    public EmergencyEventKind Kind { get; set; }

    /// <summary>Who acted (raiser, acknowledger, replier, resolver) or who was alerted; null for the system.</summary>
    public int? PersonId { get; set; }

    /// <summary>A reply's or a resolution's words; the alert round for an alert.</summary>
    public string? Text { get; set; }
}
