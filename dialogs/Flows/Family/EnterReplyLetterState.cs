namespace LeftBehind.Dialogs.Family;

internal sealed record EnterReplyLetterState
{
    public int? ChildId { get; init; }
}
