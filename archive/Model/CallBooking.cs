namespace LeftBehind.Archive.Model;

internal sealed class CallBooking
{
    /// <summary>The turn that filed it (<see cref="Services.TurnWrites"/>): a re-run of that turn finds this row instead of filing another.</summary>
    public string? RequestKey { get; set; }

    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public int ParentId { get; set; }
    public DateTimeOffset ScheduledAt { get; set; }
    public CallBookingStatus Status { get; set; }
    public int? ConfirmedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
    /// <summary>Set by the scheduler once the reminder shortly before the call is queued.</summary>
    public DateTimeOffset? ReminderQueuedAt { get; set; }
}
