namespace LeftBehind.Archive.Model;

/// <summary>座谈会: a meeting the school schedules each term for a class (or the whole school) with guardians and parents.</summary>
internal sealed class Meeting
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int? ClassId { get; set; }
    public required string Title { get; set; }
    public string? Place { get; set; }
    public DateTimeOffset At { get; set; }
    public int? CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<MeetingInvitation> Invitations { get; set; } = [];
}
