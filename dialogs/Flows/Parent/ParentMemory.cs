namespace LeftBehind.Dialogs.Parent;

/// <summary>What a parent's flows remember between conversations: the last call booked, so "打过了" can close it.</summary>
internal sealed record ParentMemory
{
    public int? LastBookingId { get; set; }
    public int? LastBookingChildId { get; set; }
}
