namespace LeftBehind.Dialogs.Family;

/// <summary>
/// The child of the person's last request (<see cref="ChooseChildDialog"/> keeps it whenever one child is chosen), so a
/// follow-up a moment later that names none ("另外这周上学了吗", "帮我问问老师他…") is about that child.
/// </summary>
internal sealed record FamilyMemory
{
    public RecentChild? LastChild { get; set; }
}
