namespace LeftBehind.Archive.Model;

/// <summary>请假 reported by a guardian or parent; marks attendance as leave or sick for each day.</summary>
internal sealed class LeaveRequest
{
    /// <summary>The turn that filed it (<see cref="Services.TurnWrites"/>): a re-run of that turn finds this row instead of filing another.</summary>
    public string? RequestKey { get; set; }

    public int Id { get; set; }
    public int ChildId { get; set; }
    public int RequestedById { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public AttendanceStatus Status { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
