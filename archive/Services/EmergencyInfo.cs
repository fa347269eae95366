namespace LeftBehind.Archive.Services;

public sealed record EmergencyInfo(int Id, int ChildId, string ChildName, int? RaisedById, string Text, DateTimeOffset RaisedAt, IReadOnlyList<EmergencyRecipientInfo> Recipients);
