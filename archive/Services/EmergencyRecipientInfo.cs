namespace LeftBehind.Archive.Services;

public sealed record EmergencyRecipientInfo(int PersonId, string Name, string Role, DateTimeOffset? AcknowledgedAt, int AlertCount);
