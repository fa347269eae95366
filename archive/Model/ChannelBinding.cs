namespace LeftBehind.Archive.Model;

/// <summary>A channel user (channelId + user id) bound to a person; the reference is what proactive sends need.</summary>
internal sealed class ChannelBinding
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public required string ChannelId { get; set; }
    public required string ChannelUserId { get; set; }
    /// <summary>The ConversationReference as JSON (BotJson.Options shape).</summary>
    public required string ConversationReferenceJson { get; set; }
    public InviteRole Role { get; set; }
    public DateTimeOffset BoundAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// When the channel said the user left (a WeChat unfollow), null while they are reachable there. A suspended binding
    /// is kept so the same channel user coming back finds their person again, but it neither identifies a sender nor
    /// receives anything until it is resumed.
    /// </summary>
    public DateTimeOffset? SuspendedAt { get; set; }
}
