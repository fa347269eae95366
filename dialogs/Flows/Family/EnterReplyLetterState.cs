namespace LeftBehind.Dialogs.Teacher;

internal sealed record EnterReplyLetterState
{
    public int? ChildId { get; init; }
}
