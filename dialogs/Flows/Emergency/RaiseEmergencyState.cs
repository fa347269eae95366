namespace LeftBehind.Dialogs.Emergency;

internal sealed record RaiseEmergencyState
{
    public int? ChildId { get; init; }
    public string? Text { get; init; }
}
