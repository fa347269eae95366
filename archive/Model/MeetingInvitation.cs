namespace LeftBehind.Archive.Model;

/// <summary>One guardian's or parent's invitation to a 座谈会: when it was sent, their reply, and whether they came.</summary>
internal sealed class MeetingInvitation
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public int ChildId { get; set; }
    public FamilyRole Role { get; set; }
    public DateTimeOffset? InvitedAt { get; set; }
    public MeetingReply? Reply { get; set; }
    public DateTimeOffset? RepliedAt { get; set; }
    public bool? Attended { get; set; }
}
