namespace LeftBehind.Archive.Services;

/// <summary>One step of an emergency's timeline: raised, alerted, acknowledged, reply, escalated, resolved.</summary>
public sealed record EmergencyTimelineEntry(DateTimeOffset At, string Kind, int? PersonId, string? Name, string? Text);
