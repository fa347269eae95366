namespace LeftBehind.Dialogs.Guardian;

internal sealed record ConfirmReminderState
{
    public string? ReminderKey { get; init; }
}
