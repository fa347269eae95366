namespace LeftBehind.Dialogs.Conversations;

/// <summary>The shape of the emergency flow's begin options (Text, ChildId), used only while that flow is absent.</summary>
public sealed record EmergencyRequest(string? Text, int? ChildId);
