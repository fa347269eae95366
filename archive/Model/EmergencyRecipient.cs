namespace LeftBehind.Archive.Model;

/// <summary>Each person alerted about an emergency must acknowledge; the scheduler repeats until they do.</summary>
internal sealed class EmergencyRecipient
{
    public int Id { get; set; }
    public int EmergencyId { get; set; }
    public Emergency? Emergency { get; set; }
    public int PersonId { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public int AlertCount { get; set; }
    public DateTimeOffset? LastAlertedAt { get; set; }
}
