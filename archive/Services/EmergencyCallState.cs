namespace LeftBehind.Archive.Services;

/// <summary>An emergency as a queued call sees it: resolved, acknowledged by the callee, how many recipients have not acknowledged.</summary>
public sealed record EmergencyCallState(bool Resolved, bool AcknowledgedByPerson, int Pending);
