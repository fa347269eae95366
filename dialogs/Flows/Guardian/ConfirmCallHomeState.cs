namespace LeftBehind.Dialogs.Guardian;

internal sealed record ConfirmCallHomeState
{
    public int? BookingId { get; init; }
    public int ParentId { get; init; }
    public string ChildName { get; init; } = string.Empty;
    public DateTimeOffset ScheduledAt { get; init; }
}
