namespace LeftBehind.Archive.Services;

/// <summary>A reply someone wrote on an emergency (its timeline's reply step): its id, when, and their words.</summary>
public sealed record EmergencyReplyInfo(int Id, DateTimeOffset At, string? Text);
