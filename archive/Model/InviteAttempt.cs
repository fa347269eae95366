namespace LeftBehind.Archive.Model;

/// <summary>A failed redemption, counted per throttle key (conversation, address, channel user).</summary>
internal sealed class InviteAttempt
{
    public long Id { get; set; }
    public required string ThrottleKey { get; set; }
    public DateTimeOffset At { get; set; }
}
